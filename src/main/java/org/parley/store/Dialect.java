package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Everything that differs between the SQL databases Parley can keep its store in; the rest of the package writes
 * standard SQL (BIGINT, TEXT, INTEGER 0/1 for booleans, epoch milliseconds for times, ids from getGeneratedKeys).
 * PostgreSQL will be the second entry.
 */
enum Dialect {

    SQLITE("INTEGER PRIMARY KEY",
            // WAL lets readers and the writer work at once; FULL syncs the WAL at every commit, so a write that
            // returned survives a power cut; the busy timeout lets a second process (a backup, a CLI) wait its turn.
            List.of("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=10000",
                    "PRAGMA foreign_keys=ON"));

    /** Replaces {@link #ID_PLACEHOLDER} in migration scripts: an id the database assigns on insert. */
    static final String ID_PLACEHOLDER = "{{id}}";

    private final String idColumn;
    private final List<String> connectionSettings;

    Dialect(String idColumn, List<String> connectionSettings) {
        this.idColumn = idColumn;
        this.connectionSettings = connectionSettings;
    }

    static Dialect forUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        throw new IllegalArgumentException("Parley's store runs on SQLite so far (a jdbc:sqlite: url), not "
                + jdbcUrl.replaceAll("//[^/@]*@", "//"));
    }

    /** A migration script's statement in this dialect. */
    String translate(String statement) {
        return statement.replace(ID_PLACEHOLDER, idColumn);
    }

    /** Applies the per-connection settings. */
    void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String setting : connectionSettings) s.execute(setting);
        }
    }
}
