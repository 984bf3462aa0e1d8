package org.parley.store;

/** The database could not do what was asked: a failed statement, a closed store, a schema it cannot read. */
public final class StoreException extends RuntimeException {

    private final boolean unavailable;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public StoreException(String message) {
        this(message, null, false);
    }

    /** @param unavailable the database could not be reached or written at all; see {@link #unavailable()} */
    public StoreException(String message, Throwable cause, boolean unavailable) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /**
     * True when the store is degraded rather than the request wrong: a PostgreSQL server away, an SQLite file
     * locked by another process, a read-only data folder. The same call may work later; nothing of it was kept.
     */
    public boolean unavailable() {
        return unavailable;
    }
}
