package org.parley.corpus;

/** A corpus that cannot be read, with a message fit to show the person who pointed Parley at it. */
public final class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }
}
