package org.parley.discord.reply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.answer.Answer;

/**
 * The last answers the bot gave, by their question's id, for "Show context" when a citation key was too long for
 * the button. Bounded, so memory stays flat; after a restart the store still has each question.
 */
public final class RecentAnswers {

    private final Map<String, Answer> answers;

    public RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the answer under the id the store gave its question. */
    public synchronized void remember(String id, Answer answer) {
        answers.put(id, answer);
    }

    public synchronized Optional<Answer> find(String id) {
        return Optional.ofNullable(answers.get(id));
    }
}
