package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Parley's store: one SQL database reached through JDBC. Opening applies the schema migrations this version
 * knows; {@link #openSqlite} also imports the JSON lines files earlier versions wrote, once.
 *
 * <p>Thread-safe: one connection, used by one thread at a time under a lock. The bot's writes are a few a second
 * at most, so a pool would buy nothing but ways to get transactions wrong. Every write is committed before the
 * method that made it returns; nothing is buffered in Java.
 */
public final class Database implements AutoCloseable {

    public static final String SQLITE_FILE = "parley.db";

    /** Work done with the connection, inside {@link #read} or {@link #write}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Connection connection;
    private final Dialect dialect;
    private boolean closed;

    private Database(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** Opens (or creates) {@code dir/parley.db}, creating {@code dir}, and imports legacy files found in it. */
    public static Database openSqlite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir, e);
        }
        Database db = open("jdbc:sqlite:" + dir.resolve(SQLITE_FILE).toAbsolutePath(), null, null);
        try {
            new LegacyImport(db, dir).run();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens any database Parley has a {@link Dialect} for and brings its schema up to date. */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.forUrl(jdbcUrl);
        Connection connection;
        try {
            connection = DriverManager.getConnection(jdbcUrl, dialect.driverProperties(user, password));
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database: " + e.getMessage(), e);
        }
        Database db = new Database(connection, dialect);
        try {
            dialect.configure(connection);
            Migrations.migrate(connection, dialect, Migrations.latest());
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e instanceof RuntimeException r ? r : new StoreException("Cannot prepare the database", e);
        }
        return db;
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        return read(Migrations::current);
    }

    /** Runs read-only work. */
    <T> T read(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("A database read failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction, committed before this returns; rolled back if the work throws. */
    <T> T write(Work<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (lock.getHoldCount() > 1) throw new IllegalStateException("transactions do not nest");
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("A database write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    Dialect dialect() {
        return dialect;
    }

    private void requireOpen() {
        if (closed) throw new StoreException("The database is closed");
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database", e);
        } finally {
            lock.unlock();
        }
    }
}
