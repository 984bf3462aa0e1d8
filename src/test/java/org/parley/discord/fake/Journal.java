package org.parley.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An append-only, thread-safe record of things that happened (REST requests, gateway frames), which tests can
 * wait on instead of sleeping.
 */
final class Journal<T> {

    private final List<T> entries = new ArrayList<>();

    synchronized void add(T entry) {
        entries.add(entry);
        notifyAll();
    }

    synchronized List<T> snapshot() {
        return List.copyOf(entries);
    }

    /**
     * Waits for the first entry (already recorded or yet to come) that matches.
     *
     * @throws AssertionError on timeout, listing what was recorded so the failure explains itself
     */
    synchronized T await(Predicate<? super T> matcher, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < entries.size(); checked++) {
                T entry = entries.get(checked);
                if (matcher.test(entry)) {
                    return entry;
                }
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + description
                        + "; recorded so far:\n  "
                        + String.join(
                                "\n  ", entries.stream().map(String::valueOf).toList()));
            }
            try {
                wait(remainingMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description, e);
            }
        }
    }
}
