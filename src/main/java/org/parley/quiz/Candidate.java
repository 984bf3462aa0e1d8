package org.parley.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.parley.corpus.Passage;

/**
 * A question before its wrong choices are drawn: the right answer and every wrong one the text rules out.
 *
 * @param wrong  choices the articles show to be wrong, in a fixed order (the quiz draws three at random)
 * @param family what makes two choices the same answer ("President" and "Russian President" for a role):
 *               the choices of one question all come from different families
 */
record Candidate(
        String kind,
        String prompt,
        String answer,
        List<String> wrong,
        Passage citation,
        Function<String, String> family) {

    static final int WRONG_CHOICES = 3;

    Candidate {
        Set<String> seen = new HashSet<>();
        seen.add(family.apply(answer));
        List<String> kept = new ArrayList<>();
        for (String w : wrong) {
            if (!w.isBlank()
                    && w.length() <= QuizMaker.MAX_CHOICE
                    && !seen.contains(family.apply(w))
                    && kept.stream().noneMatch(k -> Text.key(k).equals(Text.key(w)))) {
                kept.add(w);
            }
        }
        wrong = List.copyOf(kept);
    }

    /** Whether there are enough wrong choices of different families to make four choices. */
    boolean askable() {
        Set<String> families = new HashSet<>();
        wrong.forEach(w -> families.add(family.apply(w)));
        return !answer.isBlank()
                && answer.length() <= QuizMaker.MAX_CHOICE
                && prompt.length() <= QuizMaker.MAX_PROMPT
                && families.size() >= WRONG_CHOICES;
    }

    /** Three wrong choices of different families drawn at random, and the four shuffled. */
    Optional<QuizQuestion> ask(RandomGenerator random) {
        List<String> pool = Shuffle.of(wrong, random);
        List<String> choices = new ArrayList<>(List.of(answer));
        Set<String> families = new HashSet<>(Set.of(family.apply(answer)));
        for (String w : pool) {
            if (choices.size() > WRONG_CHOICES) break;
            if (families.add(family.apply(w))) choices.add(w);
        }
        if (choices.size() <= WRONG_CHOICES) return Optional.empty();
        List<String> shuffled = Shuffle.of(choices, random);
        return Optional.of(new QuizQuestion(kind, prompt, shuffled, shuffled.indexOf(answer), citation));
    }
}
