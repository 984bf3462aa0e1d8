package org.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/** How {@link Database} gets a connection for a piece of work. */
sealed interface Connections extends AutoCloseable permits Connections.Locked, Connections.Pooled {

    <T> T with(Database.Work<T> work) throws SQLException;

    @Override
    void close();

    /**
     * SQLite: one connection, used by one thread at a time under a lock. The bot's writes are a few a second at
     * most and SQLite has one writer anyway, so a pool would buy nothing but ways to get transactions wrong.
     */
    final class Locked implements Connections {

        private final ReentrantLock lock = new ReentrantLock();
        private final Connection connection;

        Locked(String jdbcUrl, Dialect dialect) throws SQLException {
            this.connection = DriverManager.getConnection(jdbcUrl, dialect.driverProperties(null, null));
            try {
                dialect.configure(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public <T> T with(Database.Work<T> work) throws SQLException {
            lock.lock();
            try {
                return work.run(connection);
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("Cannot close the database", e);
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * A server database: a few pooled connections per process. Several bot processes share the server, so each
     * holds at most {@link #MAX} of its connection slots; a caller waits at most {@link #WAIT_MILLIS} for one, so
     * a server that is away is noticed in a second, not the pool's default 30.
     */
    final class Pooled implements Connections {

        static final int MAX = 4;
        static final long WAIT_MILLIS = 1_000;

        private final HikariDataSource pool;

        Pooled(String jdbcUrl, String user, String password, Dialect dialect) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("parley-store");
            config.setJdbcUrl(jdbcUrl);
            if (user != null) config.setUsername(user);
            if (password != null) config.setPassword(password);
            config.setDataSourceProperties(dialect.driverProperties(null, null));
            config.setMaximumPoolSize(MAX);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(WAIT_MILLIS);
            config.setValidationTimeout(WAIT_MILLIS / 2);
            // Do not connect here: Database.open connects (and says why it cannot) when it migrates the schema.
            config.setInitializationFailTimeout(-1);
            this.pool = new HikariDataSource(config);
        }

        @Override
        public <T> T with(Database.Work<T> work) throws SQLException {
            try (Connection connection = pool.getConnection()) {
                return work.run(connection);
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
