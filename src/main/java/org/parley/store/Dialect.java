package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything that differs between the SQL databases Parley can keep its store in; the rest of the package writes
 * standard SQL (BIGINT, TEXT, INTEGER 0/1 for booleans, epoch milliseconds for times, ids from getGeneratedKeys).
 * PostgreSQL will be the second entry.
 */
enum Dialect {

    SQLITE("INTEGER PRIMARY KEY",
            // A write transaction takes the write lock when it begins, not at its first write: a transaction that
            // reads, then writes, cannot then fail half-way because another process wrote in between.
            Map.of("transaction_mode", "IMMEDIATE"),
            // The busy timeout, first, lets this connection wait while another process (a backup, a CLI) writes;
            // WAL lets readers and the writer work at once; FULL syncs the WAL at every commit, so a write that
            // returned survives a power cut.
            List.of("PRAGMA busy_timeout=10000", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                    "PRAGMA foreign_keys=ON"));

    /** Stands in migration scripts for an id column that the database fills on insert. */
    static final String ID_PLACEHOLDER = "{{id}}";

    private final String idColumn;
    private final Map<String, String> driverProperties;
    private final List<String> connectionSettings;

    Dialect(String idColumn, Map<String, String> driverProperties, List<String> connectionSettings) {
        this.idColumn = idColumn;
        this.driverProperties = driverProperties;
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

    /** What the JDBC driver is given to connect, with the user and password when there are any. */
    Properties driverProperties(String user, String password) {
        Properties properties = new Properties();
        properties.putAll(driverProperties);
        if (user != null) properties.setProperty("user", user);
        if (password != null) properties.setProperty("password", password);
        return properties;
    }

    /** Applies the per-connection settings. */
    void configure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String setting : connectionSettings) s.execute(setting);
        }
    }
}
