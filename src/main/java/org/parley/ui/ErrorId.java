package org.parley.ui;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Short ids that tie a polite "something went wrong (error id …)" to the logged stack trace. One way to make them
 * for the console and Discord, so a person's report reads the same wherever it came from.
 */
public final class ErrorId {

    private ErrorId() {}

    /** Eight hex digits: enough to find one failure in a day of logs, short enough to read out. Not a secret. */
    public static String next() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The sentence shown to the person; the caller logs the same id with the stack trace. */
    public static String apology(String id) {
        return "Sorry \u2014 something went wrong on my side and I could not answer. Please try again in a moment. "
                + "(error id `" + id + "`)";
    }
}
