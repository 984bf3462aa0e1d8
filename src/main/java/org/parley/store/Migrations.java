package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a database's schema up to date: scripts {@code db/migration/V<n>__<what>.sql} run in order, each in its
 * own transaction together with the row in {@code schema_version} that says it ran, so a crash leaves either
 * the old version or the new one, never half of a script (PostgreSQL's DDL is transactional too).
 */
final class Migrations {

    /** In order; version n is the n-th. MigrationsTest checks this lists every script in the folder. */
    static final List<String> SCRIPTS = List.of(
            "V1__sessions_and_feedback.sql",
            "V2__questions_handoffs_quizzes.sql",
            "V3__question_messages.sql",
            "V4__applied_writes.sql");

    static final String FOLDER = "db/migration/";

    private Migrations() {}

    static int latest() {
        return SCRIPTS.size();
    }

    /** The highest version applied; 0 for a new database. */
    static int current(Connection c) throws SQLException {
        return (int) Sql.number(c, "SELECT MAX(version) FROM schema_version");
    }

    /**
     * Applies every script above the database's version, up to {@code target}. Processes that start at once take
     * turns ({@link Dialect#takeTurn}) and each re-reads the version once it has its turn, so every script runs
     * exactly once; a database already at {@code target} is only read.
     */
    static void migrate(Connection c, Dialect dialect, int target) throws SQLException {
        if (hasVersionTable(c) && refuseNewer(current(c)) >= target) return;
        inTurn(c, dialect, "Creating schema_version", () -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                        + "script TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return true;
        });
        boolean more = true;
        while (more) {
            more = inTurn(c, dialect, "Migration", () -> {
                int version = refuseNewer(current(c)) + 1;
                if (version > target) return false;
                apply(c, dialect, version);
                return true;
            });
        }
    }

    private static int refuseNewer(int current) {
        if (current > latest()) {
            throw new StoreException("The database is at schema version " + current + ", newer than this Parley "
                    + "knows (" + latest() + "); run a newer Parley.");
        }
        return current;
    }

    private static boolean hasVersionTable(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "schema_version", null)) {
            return tables.next();
        }
    }

    @FunctionalInterface
    private interface Step {
        boolean run() throws SQLException;
    }

    /** One step in its own transaction, in this process's turn: a crash or a failure leaves all of it or none. */
    private static boolean inTurn(Connection c, Dialect dialect, String what, Step step) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            dialect.takeTurn(c, "schema migrations");
            boolean result = step.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            if (e instanceof SQLException sql && dialect.unavailable(sql)) throw sql; // the caller may try again
            if (e instanceof StoreException s) throw s;
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Runs one script inside the caller's transaction (see {@link #inTurn}), unless another process sharing the
     * database ran it after this one read the version: the version is read again first.
     *
     * @return whether the script ran here
     */
    static boolean apply(Connection c, Dialect dialect, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        if (!script.startsWith("V" + version + "__"))
            throw new IllegalStateException(script + " is not version " + version);
        if (current(c) >= version) return false;
        try (Statement s = c.createStatement()) {
            for (String statement : statements(load(script))) s.execute(dialect.translate(statement));
        } catch (SQLException e) {
            if (dialect.unavailable(e)) throw e;
            throw new StoreException("Migration " + script + " failed: " + e.getMessage(), e);
        }
        Sql.update(
                c,
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)",
                version,
                script,
                System.currentTimeMillis());
        return true;
    }

    /** A script's statements: {@code --} comment lines dropped, split at each ';' (the scripts quote none). */
    static List<String> statements(String script) {
        String code =
                script.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + script)) {
            if (in == null) throw new IllegalStateException("missing resource " + FOLDER + script);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FOLDER + script, e);
        }
    }
}
