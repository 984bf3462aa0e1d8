package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.facts.SentenceFacts;

/** The abstention rule on its own signals: support, similarity, unknown focus words, quantities. */
class AbstentionTest {

    private final Abstention rule = new Abstention();

    private static QueryTerm term(String word, boolean known, boolean focus) {
        return new QueryTerm(word, List.of(List.of(word)), 3.0, known, false, false, focus, false);
    }

    private static Question question(QuestionType type, boolean quantity, QueryTerm... terms) {
        return new Question("q", type, Facet.NONE, false, false, quantity, false, List.of(terms));
    }

    private static ScoredPassage best(double coverage, double cosine, double typeFit) {
        return new ScoredPassage(null, SentenceFacts.NONE, 0.5, coverage, coverage, cosine, typeFit, 0, false, false);
    }

    @Test
    void wellCoveredQuestionsAreAnswered() {
        assertTrue(rule.answers(question(QuestionType.WHAT, false, term("sanctions", true, false)), best(0.8, 0.3, 0)));
    }

    @Test
    void weakCoverageNeedsAgreeingMeaning() {
        Question q = question(QuestionType.WHAT, false, term("penalties", true, false), term("imposed", false, false));
        assertTrue(rule.answers(q, best(0.3, 0.6, 0)));
        assertFalse(rule.answers(q, best(0.3, 0.3, 0)));
    }

    @Test
    void anUnknownFocusNounAbstainsUnlessTheMeaningIsNearlyTheSame() {
        Question q = question(QuestionType.WHAT, false, term("population", false, true), term("brazil", true, false));
        assertFalse(rule.answers(q, best(0.5, 0.5, 0)));
        assertTrue(rule.answers(q, best(0.5, 0.75, 0)));
    }

    @Test
    void howManyWantsANumber() {
        Question q = question(QuestionType.HOW, true, term("soldiers", true, false));
        assertFalse(rule.answers(q, best(0.9, 0.4, 0)));
        assertTrue(rule.answers(q, best(0.9, 0.4, 1)));
    }

    @Test
    void nothingSharedNothingSimilarAbstains() {
        assertFalse(rule.answers(question(QuestionType.WHO, false, term("marathon", false, false)), best(0, 0.2, 0)));
    }
}
