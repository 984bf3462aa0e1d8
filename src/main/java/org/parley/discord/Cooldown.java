package org.parley.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** At most {@code questions} per user in any sliding {@code window}; the clock is injectable for tests. */
public final class Cooldown {

    private final int questions;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> askedAt = new HashMap<>();

    public Cooldown(int questions, Duration window, Clock clock) {
        if (questions < 1) throw new IllegalArgumentException("questions must be at least 1");
        this.questions = questions;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts a question by {@code userId} if the user is within the limit.
     *
     * @return empty if the question may go ahead, else how long until it would
     */
    public synchronized Optional<Duration> tryAcquire(String userId) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        Deque<Instant> times = askedAt.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) times.pollFirst();
        if (times.size() >= questions) {
            return Optional.of(Duration.between(windowStart, times.peekFirst()));
        }
        times.addLast(now);
        // Forget quiet users so the map does not grow with everyone who ever asked.
        if (askedAt.size() > 10_000)
            askedAt.values().removeIf(t -> t.isEmpty() || !t.peekLast().isAfter(windowStart));
        return Optional.empty();
    }

    /** "N seconds", rounded up, never 0. */
    public static long wholeSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
