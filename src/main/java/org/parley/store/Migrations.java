package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a database's schema up to date: scripts {@code db/migration/V<n>__<what>.sql} run in order, each in its
 * own transaction together with the row in {@code schema_version} that says it ran, so a crash leaves either
 * the old version or the new one, never half of a script.
 */
final class Migrations {

    /** In order; version n is the n-th. MigrationsTest checks this lists every script in the folder. */
    static final List<String> SCRIPTS = List.of(
            "V1__sessions_and_feedback.sql",
            "V2__questions_handoffs_quizzes.sql",
            "V3__question_messages.sql");

    static final String FOLDER = "db/migration/";

    private Migrations() {}

    static int latest() {
        return SCRIPTS.size();
    }

    /** The highest version applied; 0 for a new database. */
    static int current(Connection c) throws SQLException {
        return (int) Sql.number(c, "SELECT MAX(version) FROM schema_version");
    }

    /** Applies every script above the database's version, up to {@code target}. */
    static void migrate(Connection c, Dialect dialect, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                    + "script TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new StoreException("The database is at schema version " + current + ", newer than this Parley "
                    + "knows (" + latest() + "); run a newer Parley.");
        }
        for (int version = current + 1; version <= target; version++) {
            apply(c, dialect, version);
        }
    }

    /**
     * Runs one script in its own transaction, unless another process sharing the database ran it after this one
     * read the version: the version is read again inside the transaction, which on SQLite (transaction_mode
     * IMMEDIATE) holds the write lock from its start.
     *
     * @return whether the script ran here
     */
    static boolean apply(Connection c, Dialect dialect, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        if (!script.startsWith("V" + version + "__")) throw new IllegalStateException(script + " is not version " + version);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (current(c) >= version) {
                c.commit();
                return false;
            }
            for (String statement : statements(load(script))) s.execute(dialect.translate(statement));
            Sql.update(c, "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)", version, script,
                    System.currentTimeMillis());
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new StoreException("Migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** A script's statements: {@code --} comment lines dropped, split at each ';' (the scripts quote none). */
    static List<String> statements(String script) {
        String code = script.lines().filter(line -> !line.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
