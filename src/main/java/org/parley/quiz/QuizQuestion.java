package org.parley.quiz;

import java.util.List;
import org.parley.corpus.Passage;

/**
 * One question: four choices, the index of the right one, and the sentence that proves it.
 *
 * @param kind     what it asks: "who-said", "where", "when", "role", "side", "present" or "absent"
 * @param answer   index of the right choice in {@code choices}
 * @param citation the sentence that proves the answer (for a "he said" sentence, that sentence; the one
 *                 before it in the paragraph names the speaker)
 */
public record QuizQuestion(String kind, String prompt, List<String> choices, int answer, Passage citation) {
    public QuizQuestion {
        choices = List.copyOf(choices);
    }

    public String rightChoice() {
        return choices.get(answer);
    }
}
