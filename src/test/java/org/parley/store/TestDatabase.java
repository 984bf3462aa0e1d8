package org.parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database one store test runs against, and the store directory beside it (legacy files, the spool).
 *
 * @param user     null for SQLite
 * @param password null for SQLite
 */
record TestDatabase(Dialect dialect, String url, String user, String password, Path dir) {

    static TestDatabase sqlite(Path dir) {
        return new TestDatabase(
                Dialect.SQLITE,
                "jdbc:sqlite:" + dir.resolve(Database.SQLITE_FILE).toAbsolutePath(),
                null,
                null,
                dir);
    }

    /** Opens the database (again), as the bot does: with its store directory. */
    Database open() {
        return dialect == Dialect.SQLITE ? Database.openSqlite(dir) : Database.open(url, user, password, dir);
    }

    /** A plain connection, without migrations, as another program would have. */
    Connection raw() throws SQLException {
        Connection c = DriverManager.getConnection(url, dialect.driverProperties(user, password));
        dialect.configure(c);
        return c;
    }

    @Override
    public String toString() {
        return dialect.name().toLowerCase(java.util.Locale.ROOT);
    }
}
