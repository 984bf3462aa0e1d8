package org.parley.discord.fake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Discord-style ids (milliseconds since the Discord epoch, shifted left 22 bits, plus a counter), so JDA's
 * {@code getTimeCreated()} on fake entities gives a plausible time.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong last = new AtomicLong();

    String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        // Strictly increasing even within one millisecond.
        return Long.toUnsignedString(last.updateAndGet(previous -> Math.max(previous + 1, candidate)));
    }
}
