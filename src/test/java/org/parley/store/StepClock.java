package org.parley.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves on by a fixed step each time it is read, so every record gets its own known time. */
final class StepClock extends Clock {

    private Instant next;
    private final Duration step;

    StepClock(Instant start, Duration step) {
        this.next = start;
        this.step = step;
    }

    /** The next reading. */
    synchronized void moveTo(Instant instant) {
        next = instant;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(step);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the store reads instants only");
    }
}
