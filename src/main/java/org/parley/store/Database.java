package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's store: one SQL database reached through JDBC, SQLite (a file under the store directory, the
 * default) or PostgreSQL (a server several bot processes share). Opening applies the schema migrations this
 * version knows and imports, once, the JSON lines files earlier versions wrote in the store directory.
 *
 * <p>Thread-safe. SQLite: one connection, used by one thread at a time. PostgreSQL: a few pooled connections;
 * failures that may pass (the server restarting, a lost connection) are retried with back-off, and while the
 * server stays away the writes that can wait (questions, votes, session entries, message links) are appended
 * and fsynced to a spool under the store directory, then written in order once it is back; everything else,
 * reads included, fails at once with a {@link StoreException} whose {@link StoreException#unavailable()} is true.
 * Every write is committed (or spooled) before the method that made it returns; nothing is buffered in Java.
 */
public final class Database implements AutoCloseable {

    public static final String SQLITE_FILE = "parley.db";
    /** Under the store directory: writes waiting for a PostgreSQL server that is away. */
    public static final String SPOOL_DIR = "spool";

    /** The keys of written spool lines are kept this long, far longer than a spool waits for its server. */
    static final Duration KEEP_WRITE_KEYS = Duration.ofDays(30);

    private static final int WRITE_ATTEMPTS = 3;
    private static final int READ_ATTEMPTS = 2;
    private static final long FIRST_RETRY_MILLIS = 200;
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Work done with the connection, inside {@link #read} or {@link #write}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Dialect dialect;
    private final Connections connections;
    /** The database as messages name it, without credentials. */
    private final String where;
    /** Kept only to keep it out of every message this class builds. */
    private final String password;

    private final Availability availability;
    /** Null when writes cannot wait: SQLite, or a server opened without a store directory. */
    private final Spool spool;
    /** Spooled writes and direct ones take turns under this, so they reach the database in order. */
    private final Object turn = new Object();

    private final ScheduledExecutorService replayer;
    private final AtomicBoolean replayScheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(Dialect dialect, Connections connections, String where, String password, Spool spool) {
        this.dialect = dialect;
        this.connections = connections;
        this.where = where;
        this.password = password;
        this.availability = new Availability(dialect.server());
        this.spool = spool;
        this.replayer = spool == null
                ? null
                : Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "parley-store-replay");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Opens (or creates) {@code dir/parley.db}, creating {@code dir}, and imports legacy files found in it. */
    public static Database openSqlite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Could not create the store directory " + dir + ": " + e, e, true);
        }
        return open("jdbc:sqlite:" + dir.resolve(SQLITE_FILE).toAbsolutePath(), null, null, dir);
    }

    /**
     * Opens any database Parley has a {@link Dialect} for and brings its schema up to date. Without a store
     * directory, a PostgreSQL server that is away fails writes instead of queuing them.
     *
     * @param user     null for none (SQLite)
     * @param password null for none; never repeated in a message or log line
     */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, null);
    }

    /**
     * Opens a database as {@link #open(String, String, String)} does, then imports the legacy files in
     * {@code storeDir}; for PostgreSQL, writes that can wait are queued under {@code storeDir/spool} while the
     * server is away, and writes queued there by an earlier process that ended before it could write them are
     * written now.
     */
    public static Database open(String jdbcUrl, String user, String password, Path storeDir) {
        Dialect dialect = Dialect.forUrl(jdbcUrl);
        String where = dialect.describe(jdbcUrl);
        Connections connections;
        try {
            connections = dialect.server()
                    ? new Connections.Pooled(jdbcUrl, user, password, dialect)
                    : new Connections.Locked(jdbcUrl, dialect);
        } catch (SQLException e) {
            throw new StoreException(
                    scrub("Could not open the store in " + where + ": " + e.getMessage(), password),
                    e,
                    dialect.unavailable(e));
        } catch (RuntimeException e) {
            // Not chained: the pool's message repeats the url, which may carry a password.
            throw new StoreException("Could not open the store in " + where + ": the driver refuses the url");
        }
        Spool spool = dialect.server() && storeDir != null ? new Spool(storeDir.resolve(SPOOL_DIR)) : null;
        Database db = new Database(dialect, connections, where, password, spool);
        try {
            db.prepare(storeDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void prepare(Path storeDir) {
        attempt("open the store", dialect.server() ? WRITE_ATTEMPTS : 1, true, c -> {
            Migrations.migrate(c, dialect, Migrations.latest());
            return null;
        });
        if (spool != null) {
            write(
                    "forget the keys of long-written spool lines",
                    c -> Sql.update(
                            c,
                            "DELETE FROM applied_write WHERE applied_at < ?",
                            Instant.now().minus(KEEP_WRITE_KEYS)));
            try {
                synchronized (turn) {
                    spool.adoptOrphans();
                }
            } catch (IOException e) {
                throw new StoreException("Could not take over the writes queued in " + spool.dir() + ": " + e, e, true);
            }
            replayQueued("write the changes queued by an earlier process");
        }
        if (storeDir != null) new LegacyImport(this, storeDir).run();
    }

    /** The highest migration applied. */
    public int schemaVersion() {
        return read("read the schema version", Migrations::current);
    }

    /**
     * Cheap (no I/O): false when the last read or the last write failed because the database could not be
     * reached, opened or written (until one works again), and while writes wait in the spool. For callers that
     * keep working without the store and want to say so.
     */
    public boolean healthy() {
        return !closed.get() && availability.healthy() && queuedWrites() == 0;
    }

    /** Writes waiting in the spool for a PostgreSQL server to come back; always 0 for SQLite. */
    public int queuedWrites() {
        return spool == null ? 0 : spool.size();
    }

    /** Runs read-only work. */
    <T> T read(Work<T> work) {
        return read("read the store", work);
    }

    /**
     * Runs read-only work, after the spool's writes so that it sees them.
     *
     * @param what what the work does, for "Could not ..." in a failure's message
     */
    <T> T read(String what, Work<T> work) {
        requireOpen();
        replayQueued(what);
        if (!availability.mayTry()) throw away(what);
        return attempt(what, dialect.server() ? READ_ATTEMPTS : 1, false, work);
    }

    /** Runs work in one transaction, committed before this returns; rolled back if the work throws. */
    <T> T write(Work<T> work) {
        return write("write to the store", work);
    }

    /**
     * Runs work in one transaction, after the spool's writes, committed before this returns; rolled back if the
     * work throws. On a server, a transaction that failed for a passing reason is run again whole. The store's
     * writes check before they write, so a repeat changes nothing twice, with one exception a lost commit
     * acknowledgement could show: a quiz started twice. (Writes that can wait carry a key instead; see {@link #defer}.)
     *
     * @param what what the work records, for "Could not ..." in a failure's message
     */
    <T> T write(String what, Work<T> work) {
        requireOpen();
        replayQueued(what);
        if (!availability.mayTry()) throw away(what);
        return attempt(what, dialect.server() ? WRITE_ATTEMPTS : 1, true, c -> transaction(c, work));
    }

    /**
     * A write that can wait: written at once when the database answers, else queued in the spool (server
     * databases opened with a store directory) and written when it is back. With a spool, every such write
     * records a key in its own transaction, so neither a retry after a lost commit acknowledgement nor a spool
     * replayed after a crash writes it twice.
     *
     * @return the new row's id for {@link Deferrable#QUESTION} written at once; 0 when the write was queued
     */
    long defer(Deferrable write, Object... values) {
        List<Object> bound = Arrays.asList(values);
        if (spool == null) return write(write.what(), c -> write.apply(c, bound));
        requireOpen();
        Spool.Entry entry = new Spool.Entry(
                UUID.randomUUID().toString(),
                write,
                bound.stream().map(Sql::portable).toList());
        synchronized (turn) {
            if (spool.size() > 0 && availability.mayTry()) {
                try {
                    replayQueued(write.what());
                } catch (StoreException e) {
                    if (!e.unavailable()) throw e;
                }
            }
            if (spool.size() == 0 && availability.mayTry()) {
                try {
                    return attempt(write.what(), WRITE_ATTEMPTS, true, c -> transaction(c, tx -> applyOnce(tx, entry)));
                } catch (StoreException e) {
                    if (!e.unavailable()) throw e;
                }
            }
            try {
                spool.append(entry);
            } catch (IOException e) {
                throw new StoreException(
                        "Could not " + write.what() + ": " + where + " is unreachable and the spool " + spool.dir()
                                + " cannot be written (" + e + ")",
                        e,
                        true);
            }
        }
        replaySoon();
        return 0;
    }

    Dialect dialect() {
        return dialect;
    }

    /** Writes what waits in the spool, oldest first, before work that must come after it. */
    private void replayQueued(String what) {
        if (spool == null || spool.size() == 0) return;
        if (!availability.mayTry()) throw away(what);
        synchronized (turn) {
            int written = 0;
            for (Spool.Entry entry : spool.pending()) {
                try {
                    attempt(what, 1, true, c -> transaction(c, tx -> applyOnce(tx, entry)));
                    spool.written(entry);
                    written++;
                } catch (StoreException e) {
                    if (e.unavailable()) {
                        replaySoon();
                        throw e;
                    }
                    setAside(entry, e);
                }
            }
            if (written > 0) log.info("Wrote {} change(s) queued while {} was away", written, where);
        }
    }

    /** The statement and the key of a spool line in one transaction: a line written before is skipped. */
    private static long applyOnce(Connection c, Spool.Entry entry) throws SQLException {
        int fresh = Sql.update(
                c,
                "INSERT INTO applied_write (write_key, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                entry.key(),
                Instant.now());
        return fresh == 0 ? 0 : entry.write().apply(c, entry.values());
    }

    private void setAside(Spool.Entry entry, StoreException refused) {
        log.error(
                "{} refused a queued write ({}); it is kept in {}",
                where,
                refused.getMessage(),
                spool.dir().resolve(Spool.REJECTED));
        try {
            spool.reject(entry, refused.getMessage());
        } catch (IOException e) {
            throw new StoreException("Could not set aside a queued write " + where + " refuses: " + e, e, true);
        }
    }

    /** Tries the spool again in the background once the breaker lets a call through. */
    private void replaySoon() {
        if (replayer == null || closed.get() || !replayScheduled.compareAndSet(false, true)) return;
        replayer.schedule(
                () -> {
                    replayScheduled.set(false);
                    if (closed.get()) return;
                    try {
                        replayQueued("write the queued changes");
                    } catch (StoreException e) {
                        log.debug("The spool waits: {}", e.getMessage());
                    } catch (RuntimeException e) {
                        log.error("Could not write the queued changes", e);
                    }
                    // Until the spool is empty: the server may still be away, or another call moved the breaker on.
                    if (queuedWrites() > 0) replaySoon();
                },
                Math.max(availability.millisToRetry(), 20),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Runs work on a connection, trying a server again (with back-off) after a failure that may pass. A read
     * retries only a connection that broke in use (a server restart), never one it could not get: reads fail fast.
     */
    private <T> T attempt(String what, int attempts, boolean write, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = connections.with(work);
                if (availability.succeeded(write)) log.info("{} answers again", where);
                return result;
            } catch (SQLException e) {
                boolean unavailable = dialect.unavailable(e);
                if (unavailable && attempt < attempts && (write || !(e instanceof SQLTransientConnectionException))) {
                    pause(what, FIRST_RETRY_MILLIS << (2 * (attempt - 1)));
                    continue;
                }
                String reason = scrub(reason(e), password);
                if (unavailable && availability.failed(write, reason) && dialect.server()) {
                    log.warn(
                            "{} is unreachable ({}){}",
                            where,
                            reason,
                            spool == null ? "" : "; writes that can wait are queued in " + spool.dir());
                }
                throw new StoreException(
                        scrub("Could not " + what + " in " + where + ": " + reason, password), e, unavailable);
            }
        }
    }

    private static <T> T transaction(Connection c, Work<T> work) throws SQLException {
        if (!c.getAutoCommit()) throw new IllegalStateException("transactions do not nest");
        try {
            // Inside the try: SQLite begins here, and a lock held elsewhere fails it after the busy timeout; the
            // finally below must still turn auto-commit back on, or the connection would look mid-transaction.
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException broken) {
                // The connection is gone; the pool drops it, and the work's own failure is the one to report.
            }
        }
    }

    private StoreException away(String what) {
        int queued = queuedWrites();
        String message = "Could not " + what + ": " + where + " is unreachable (" + availability.lastError() + ")"
                + (queued > 0 ? "; " + queued + " write(s) wait in " + spool.dir() + " until it is back" : "");
        return new StoreException(scrub(message, password), null, true);
    }

    private void pause(String what, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Could not " + what + ": interrupted while " + where + " was away", e, true);
        }
    }

    /** The pool's "connection is not available" says less than the failure under it (refused, auth failed). */
    private static String reason(SQLException e) {
        Throwable under = e instanceof SQLTransientConnectionException && e.getCause() != null ? e.getCause() : e;
        return String.valueOf(under.getMessage());
    }

    private static String scrub(String text, String password) {
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }

    private void requireOpen() {
        if (closed.get()) throw new StoreException("The database is closed");
    }

    /** Closes the connections; writes still queued stay in the spool for the next process to write. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        if (replayer != null) replayer.shutdownNow();
        synchronized (turn) {
            if (spool != null) spool.close();
        }
        connections.close();
    }
}
