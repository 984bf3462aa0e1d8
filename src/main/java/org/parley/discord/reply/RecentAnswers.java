package org.parley.discord.reply;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parley.answer.Answer;

/**
 * The last answers the bot gave, by a short random id that buttons carry. Bounded, so memory stays flat;
 * after a restart or eviction, feedback falls back to what the message itself shows.
 */
public final class RecentAnswers {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Answer> answers;

    public RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the answer and returns its id (random, so ids from before a restart never hit a new answer). */
    public synchronized String remember(Answer answer) {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        answers.put(id, answer);
        return id;
    }

    public synchronized Optional<Answer> find(String id) {
        return Optional.ofNullable(answers.get(id));
    }
}
