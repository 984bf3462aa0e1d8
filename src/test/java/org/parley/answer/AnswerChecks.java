package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.parley.corpus.Passage;
import org.parley.ui.AnswerText;

/** What every answer promises, whatever the question: checked against the engine's own corpus. */
public final class AnswerChecks {

    private AnswerChecks() {}

    /**
     * Confidence is a probability; an answer cites only sentences of the corpus, verbatim, and a refusal cites
     * nothing; the markdown (console, {@code ask --json}) fits one Discord message, shows each quote escaped and
     * whole, and holds no mention or lone surrogate.
     */
    public static void assertHonest(AnswerEngine engine, Answer a) {
        assertTrue(a.confidence() >= 0 && a.confidence() <= 1, () -> "confidence " + a.confidence());
        assertFalse(AnswerText.lead(a).isBlank(), "a reply always says something");
        if (a.answered()) {
            assertFalse(a.citations().isEmpty(), "an answer cites");
        } else {
            assertTrue(a.citations().isEmpty(), "a refusal cites nothing");
        }
        for (Citation c : a.citations()) {
            Optional<Passage> p = engine.corpus().passage(c.key());
            assertTrue(p.isPresent(), () -> "cites a sentence the corpus does not have: " + c.key());
            assertEquals(p.get().quote(), c.quote(), "the quote is the sentence verbatim");
            assertEquals(p.get().paragraph().text(), c.context(), "the context is the sentence's paragraph");
            assertEquals(p.get().article().title(), c.title());
        }
        assertTrue(
                AnswerText.markdown(a).length() <= 2000,
                () -> "markdown of " + AnswerText.markdown(a).length());
        MarkdownChecks.assertQuotesShown(AnswerText.markdown(a), a.citations());
        for (String text : new String[] {a.question(), AnswerText.lead(a), AnswerText.markdown(a)}) {
            assertTrue(HostileText.isWellFormed(text), () -> "a lone surrogate in: " + text);
        }
        MarkdownChecks.assertNoPings(AnswerText.lead(a), Set.of());
        MarkdownChecks.assertNoPings(AnswerText.markdown(a), Set.of());
    }
}
