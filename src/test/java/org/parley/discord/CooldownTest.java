package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CooldownTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final Cooldown cooldown = new Cooldown(5, Duration.ofSeconds(30), clock);

    @Test
    void sixthQuestionInThirtySecondsWaitsForTheOldestToLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), cooldown.tryAcquire("u1"));
            clock.advance(Duration.ofSeconds(2));
        }
        // Asked at 0, 2, 4, 6, 8 s; now 10 s: the first leaves the window at 30 s.
        assertEquals(Optional.of(Duration.ofSeconds(20)), cooldown.tryAcquire("u1"));
        assertEquals(Optional.empty(), cooldown.tryAcquire("u2"), "per user");

        clock.advance(Duration.ofSeconds(20));
        assertEquals(Optional.empty(), cooldown.tryAcquire("u1"), "sliding: one slot is free again");
        assertTrue(cooldown.tryAcquire("u1").isPresent(), "but only one");
    }

    @Test
    void refusedQuestionsDoNotExtendTheWait() {
        for (int i = 0; i < 5; i++) cooldown.tryAcquire("u1");
        for (int i = 0; i < 10; i++) cooldown.tryAcquire("u1");
        clock.advance(Duration.ofSeconds(30).plusMillis(1));
        assertEquals(Optional.empty(), cooldown.tryAcquire("u1"));
    }

    @Test
    void waitIsShownInWholeSecondsRoundedUp() {
        assertEquals(1, Cooldown.wholeSeconds(Duration.ofMillis(1)));
        assertEquals(2, Cooldown.wholeSeconds(Duration.ofMillis(1001)));
        assertEquals(30, Cooldown.wholeSeconds(Duration.ofSeconds(30)));
    }
}
