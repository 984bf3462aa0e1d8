package org.parley.store;

/**
 * Whether the database answered lately. For a server it is also a circuit breaker: after a failure, calls fail
 * (or queue) at once for a back-off that doubles up to {@link #MAX_BACKOFF_MILLIS}, instead of each waiting for
 * a connection that will not come; the first success closes it again.
 */
final class Availability {

    static final long FIRST_BACKOFF_MILLIS = 200;
    static final long MAX_BACKOFF_MILLIS = 5_000;

    private final boolean breaker;
    private boolean readFailed;
    private boolean writeFailed;
    private boolean away;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;
    private long retryAt;
    private String lastError = "";

    /** @param breaker fail fast while a server is away (SQLite has no server, and waits on its busy timeout) */
    Availability(boolean breaker) {
        this.breaker = breaker;
    }

    /** False while the breaker is open: the server failed less than a back-off ago. */
    synchronized boolean mayTry() {
        return !breaker || !away || System.nanoTime() - retryAt >= 0;
    }

    synchronized boolean away() {
        return away;
    }

    synchronized String lastError() {
        return lastError;
    }

    /** The last read and the last write worked (or none failed yet). */
    synchronized boolean healthy() {
        return !readFailed && !writeFailed;
    }

    /** @return true when this success ends an outage */
    synchronized boolean succeeded(boolean write) {
        // A server that answers is back for reads and writes alike; an SQLite file can be readable and locked.
        if (write || breaker) writeFailed = false;
        if (!write || breaker) readFailed = false;
        boolean wasAway = away;
        away = false;
        backoffMillis = FIRST_BACKOFF_MILLIS;
        return wasAway;
    }

    /** @return true when this failure starts an outage */
    synchronized boolean failed(boolean write, String error) {
        if (write) writeFailed = true;
        else readFailed = true;
        lastError = error;
        boolean wasAway = away;
        if (wasAway) backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
        away = true;
        retryAt = System.nanoTime() + backoffMillis * 1_000_000;
        return !wasAway;
    }

    /** How long until the breaker lets a call through, in milliseconds. */
    synchronized long millisToRetry() {
        return Math.max(0, (retryAt - System.nanoTime()) / 1_000_000);
    }
}
