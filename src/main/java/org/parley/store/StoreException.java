package org.parley.store;

/** The database could not do what was asked: a failed statement, a closed store, a schema it cannot read. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
