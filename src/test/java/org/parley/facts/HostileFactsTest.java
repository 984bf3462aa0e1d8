package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.answer.Engines;
import org.parley.answer.Fuzz;
import org.parley.answer.HostileText;
import org.parley.answer.MarkdownChecks;
import org.parley.config.Lexicon;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.ui.Markdown;

/**
 * {@link SummaryWriter} and {@link CastWriter} over articles whose text holds mention and markdown tricks: the
 * {@code corpus/hostile} fixture and generated articles. Nothing pings, and each quoted outcome, objection and open
 * question reads as its text, escaped.
 */
class HostileFactsTest {

    private final Lexicon lexicon = Engines.settings("hostile", false).lexicon();

    private Facts facts(Corpus corpus) {
        return new FactExtractor(lexicon).extract(corpus);
    }

    @Test
    void theHostileArticlesSummaryAndCastQuoteItsTricksEscaped() {
        Facts facts = facts(new CorpusLoader(lexicon)
                .load(Engines.settings("hostile", false).corpus()));
        assertFalse(facts.participants().isEmpty(), "the fixture names people");
        assertFalse(facts.outcomes().isEmpty(), "and outcomes");
        assertFalse(facts.objections().isEmpty(), "and objections");

        assertSummaryAndCastSafe(facts);
        String summary = new SummaryWriter(Markdown::escape).markdown(facts);
        assertTrue(summary.contains("Ilsa Marrow"), summary);
        assertTrue(summary.contains("Dara Quill"), summary);
    }

    @Test
    void summaryAndCastOfAnyArticleQuoteItEscaped() {
        Fuzz.seeded()
                .qt(100)
                .forAll(HostileText.article())
                .checkAssert(article -> assertSummaryAndCastSafe(
                        facts(new CorpusLoader(lexicon).fromTexts(List.of("generated"), List.of(article)))));
    }

    private static void assertSummaryAndCastSafe(Facts facts) {
        List<SummaryWriter.Part> summary = new SummaryWriter(Markdown::escape).parts(facts);
        List<SummaryWriter.Part> cast = new CastWriter(Markdown::escape).parts(facts);
        for (SummaryWriter.Part part : concat(summary, cast)) {
            part.lines().forEach(l -> MarkdownChecks.assertNoPings(l, Set.of()));
        }
        MarkdownChecks.assertNoPings(new SummaryWriter(Markdown::escape).markdown(facts), Set.of());
        MarkdownChecks.assertNoPings(new CastWriter(Markdown::escape).markdown(facts), Set.of());

        assertQuoted(
                part(summary, "Outcomes"),
                facts.outcomes().stream().map(Outcome::text).toList());
        assertQuoted(
                part(summary, "Objections"),
                facts.strongestObjections().values().stream()
                        .map(Objection::objection)
                        .toList());
        assertQuoted(
                part(summary, "Open questions"),
                facts.openQuestions().stream().map(OpenQuestion::text).toList());
    }

    /** Each line quotes its text between “ and ” just before the "[¶n]" reference. */
    private static void assertQuoted(SummaryWriter.Part part, List<String> texts) {
        assertEquals(texts.size(), part.lines().size(), part.heading());
        for (int i = 0; i < texts.size(); i++) {
            String line = part.lines().get(i);
            int open = line.indexOf('\u201C');
            int close = line.lastIndexOf("\u201D [");
            assertTrue(open >= 0 && close > open, line);
            MarkdownChecks.assertVerbatim(line.substring(open + 1, close), texts.get(i));
        }
    }

    private static SummaryWriter.Part part(List<SummaryWriter.Part> parts, String heading) {
        return parts.stream()
                .filter(p -> p.heading().equals(heading))
                .findFirst()
                .orElseThrow();
    }

    private static List<SummaryWriter.Part> concat(List<SummaryWriter.Part> a, List<SummaryWriter.Part> b) {
        List<SummaryWriter.Part> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
