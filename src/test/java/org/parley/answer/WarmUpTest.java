package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;

/** Warming an engine up: questions made from its own articles, asked before real ones, which change no answer. */
class WarmUpTest {

    private static final EngineSettings JEDDAH = Engines.settings("jeddah", true);

    @Test
    void theQuestionsAreTheStandardOnesThenPiecesOfTheArticlesOwnSentences() {
        Corpus corpus = new CorpusLoader(JEDDAH.lexicon()).load(JEDDAH.corpus());
        List<String> questions = WarmUpQuestions.of(corpus);

        assertEquals(WarmUpQuestions.MOST, questions.size(), "a small corpus is gone over again, not run dry");
        assertEquals(
                List.of(StandardQuestions.PARTICIPANTS, StandardQuestions.OUTCOMES, StandardQuestions.OBJECTIONS),
                questions.subList(0, 3));
        Set<String> corpusWords = new HashSet<>();
        for (Passage p : corpus.passages())
            for (String w : p.quote().split("\\s+")) corpusWords.add(w.toLowerCase(Locale.ROOT));
        for (String q : questions.subList(3, questions.size())) {
            assertTrue(q.endsWith("?"), q);
            String[] words = q.substring(0, q.length() - 1).split("\\s+");
            long fromArticles = java.util.Arrays.stream(words)
                    .filter(w -> corpusWords.contains(w.toLowerCase(Locale.ROOT)))
                    .count();
            assertTrue(fromArticles >= words.length - 2, "all but the opening is the articles' own words: " + q);
        }
        assertTrue(new HashSet<>(questions).size() > questions.size() * 3 / 4, "rounds differ: " + questions);
    }

    @Test
    void anEmptyCorpusLeavesTheStandardQuestions() {
        assertEquals(3, WarmUpQuestions.of(new Corpus(List.of(), "empty")).size());
    }

    @Test
    void warmingUpAsksAtLeastOneQuestionWithinItsBudgetAndChangesNoAnswer() throws Exception {
        List<String> asked = List.of("Who led the American team?", "What was agreed?", "How do I bake bread?");
        try (AnswerEngine cold = AnswerEngine.open(JEDDAH);
                AnswerEngine warmed = AnswerEngine.open(JEDDAH)) {
            List<Answer> before = asked.stream().map(cold::ask).toList();

            assertEquals(1, warmed.warmUp(Duration.ZERO), "no budget still asks one: the model and the JIT's start");
            int more = warmed.warmUp(Duration.ofMillis(300));
            assertTrue(more >= 1 && more <= WarmUpQuestions.MOST, "asked " + more);

            List<Answer> after = asked.stream().map(warmed::ask).toList();
            for (int i = 0; i < asked.size(); i++) {
                assertEquals(withoutTime(before.get(i)), withoutTime(after.get(i)), asked.get(i));
            }
            assertTrue(after.get(0).lead() != null && !after.get(0).citations().isEmpty(), "a fair question answered");
        }
    }

    private static Answer withoutTime(Answer a) {
        return new Answer(a.question(), a.lead(), a.notes(), a.citations(), a.confidence(), 0, a.type(), a.facet());
    }
}
