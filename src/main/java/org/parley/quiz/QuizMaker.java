package org.parley.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.parley.config.Lexicon;
import org.parley.corpus.Corpus;
import org.parley.facts.Facts;

/**
 * Entry point of the quiz package: multiple-choice questions built from the facts, each with four choices
 * and the sentence that proves the right one. Every wrong choice is one the articles rule out; where the text
 * is not clear enough to be sure, there is no question rather than a weak one.
 */
public final class QuizMaker {

    /** Discord button labels hold 80 characters. */
    public static final int MAX_CHOICE = 80;

    public static final int MAX_PROMPT = 300;

    private final Map<String, List<Candidate>> byKind = new LinkedHashMap<>();

    public QuizMaker(Corpus corpus, Facts facts, Lexicon lexicon) {
        Material material = new Material(corpus, facts, new Vocabulary(lexicon, facts));
        List<Speech> speeches = new Speeches(material).find();
        Set<String> speakers = new HashSet<>();
        speeches.forEach(s -> speakers.add(s.speaker()));
        PersonQuestions persons = new PersonQuestions(material, new People(material).find(speakers));
        SceneQuestions scene = new SceneQuestions(material);
        byKind.put("who-said", persons.whoSaid(speeches));
        byKind.put("where", scene.where());
        byKind.put("when", scene.when());
        byKind.put("role", persons.roles());
        byKind.put("side", persons.sides());
        byKind.put("present", persons.present());
        byKind.put("absent", persons.absent());
    }

    /**
     * Up to {@code count} distinct questions, varied kinds, choices shuffled by {@code random}; fewer when the
     * articles do not support that many good questions (never padded with weak ones). Deterministic for a
     * given seed.
     */
    public List<QuizQuestion> make(int count, RandomGenerator random) {
        List<QuizQuestion> out = new ArrayList<>();
        if (count <= 0) return out;
        List<List<Candidate>> kinds = new ArrayList<>();
        for (List<Candidate> candidates : byKind.values()) {
            if (!candidates.isEmpty()) kinds.add(Shuffle.of(candidates, random));
        }
        kinds = Shuffle.of(kinds, random);
        // Round robin over the kinds, so five questions are five kinds when the articles allow it.
        int[] next = new int[kinds.size()];
        Set<String> prompts = new HashSet<>();
        Set<String> answered = new HashSet<>();
        boolean added = true;
        while (out.size() < count && added) {
            added = false;
            for (int k = 0; k < kinds.size() && out.size() < count; k++) {
                List<Candidate> candidates = kinds.get(k);
                while (next[k] < candidates.size()) {
                    Candidate c = candidates.get(next[k]++);
                    if (prompts.contains(c.prompt()) || answered.contains(sceneAnswer(c))) continue;
                    Optional<QuizQuestion> q = c.ask(random);
                    if (q.isPresent()) {
                        prompts.add(c.prompt());
                        answered.add(sceneAnswer(c));
                        out.add(q.get());
                        added = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where or when the meeting was, as its answer: two articles about one meeting ask the same question in other
     * words ("Where did the meeting take place, according to …?" twice, both "Trevik"), so it is asked once. Other
     * kinds ask about different people or words and are never the same question; they give a key of their own.
     */
    private static String sceneAnswer(Candidate c) {
        boolean scene = c.kind().equals("where") || c.kind().equals("when");
        return scene ? c.kind() + ":" + Text.key(c.answer()) : c.kind() + ":" + c.prompt();
    }

    /** How many distinct questions the articles support, by kind (for the console and for tests). */
    public Map<String, Integer> available() {
        Map<String, Integer> out = new LinkedHashMap<>();
        byKind.forEach((kind, candidates) -> out.put(kind, (int)
                candidates.stream().map(Candidate::prompt).distinct().count()));
        return out;
    }
}
