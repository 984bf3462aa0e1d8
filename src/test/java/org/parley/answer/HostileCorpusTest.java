package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Articles whose own text holds mention and markdown tricks: the fixture {@code corpus/hostile} (a fictional
 * ferry deal with @everyone, role tags, masked links, bold, zero-width characters and a 3,000-character sentence)
 * and generated articles. Answers over them keep every promise of {@link AnswerChecks}.
 */
class HostileCorpusTest {

    private static AnswerEngine engine;

    @BeforeContainer
    static void open() {
        engine = Engines.open("hostile");
    }

    @AfterContainer
    static void close() throws IOException {
        engine.close();
    }

    /** Questions about the ferry deal, and hostile text. */
    @Provide
    Arbitrary<String> questions() {
        Arbitrary<String> about = Arbitraries.of(StandardQuestions.PARTICIPANTS, StandardQuestions.OUTCOMES,
                StandardQuestions.OBJECTIONS, "Who led the delegations?", "Who rejected the deal?", "What remains unclear?",
                "What does the communique cover?", "When will the ferries run again?", "Who chaired the talks?",
                "What did Marrow say?", "Where will the harbour masters meet?", "@everyone what was agreed?",
                "Who is <@&123>?", "What about the **ferry** clause?", "dock fees", "Salt\u200BKeld");
        return Arbitraries.oneOf(about, about, HostileText.text(), Arbitraries.of(HostileText.WORDS_ABOUT_EBBE)
                .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l)));
    }

    @Example
    void theFixtureReallyHoldsTheTricks() {
        List<String> sentences = engine.corpus().passages().stream().map(Passage::quote).toList();
        for (String trick : List.of("@everyone", "@here", "<@&123>", "<@123>", "<#789>", "</cmd:1>", "](https://evil.example",
                "**not**", "||secret||", "`dock fees`", "\u200B", "\u2060")) {
            assertTrue(sentences.stream().anyMatch(s -> s.contains(trick)), () -> "no sentence holds " + trick);
        }
        assertTrue(sentences.stream().anyMatch(s -> s.length() >= 2_900), "the 3,000-character sentence");
        assertTrue(engine.sources().get(0).title().contains("@everyone"), engine.sources().get(0).title());
    }

    @Property(tries = 150)
    void anyQuestionOverTheHostileArticleIsAnsweredHonestly(@ForAll("questions") String question) {
        Answer a = engine.ask(question);

        AnswerChecks.assertHonest(engine, a);
        Statistics.label("answered").collect(a.answered()).coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    @Example
    void standardQuestionsAnswerWithTheTrickSentencesEscaped() {
        for (String q : List.of(StandardQuestions.PARTICIPANTS, StandardQuestions.OUTCOMES, StandardQuestions.OBJECTIONS)) {
            Answer a = engine.ask(q);
            assertTrue(a.answered(), q);
            AnswerChecks.assertHonest(engine, a);
        }
        Answer chair = engine.ask("Who chaired the talks?");
        assertTrue(chair.answered(), chair.lead());
        assertTrue(chair.markdown().contains("\\*\\*not\\*\\*"), chair.markdown());
        assertTrue(chair.markdown().contains("<\u200B@\u200B&123\\>"), chair.markdown());
    }

    @Example
    void theLongSentenceIsCountedNotCutInTheMarkdown() {
        Answer a = engine.ask("What does the communique cover?");
        assertTrue(a.answered(), a.lead());
        Optional<Citation> communique = a.citations().stream().filter(c -> c.quote().length() >= 2_900).findFirst();
        assertTrue(communique.isPresent(), () -> a.citations().toString());
        AnswerChecks.assertHonest(engine, a);
        assertFalse(a.markdown().contains(Markdown.escape(communique.get().quote().substring(0, 200))), "never shown cut");
    }

    @Provide
    Arbitrary<String> articles() {
        return HostileText.article();
    }

    /** A generated article (front matter, paragraphs, hostile words) is indexed and answered like any other. */
    @Property(tries = 25)
    void generatedHostileArticlesAreAnsweredHonestly(@ForAll("articles") String article, @ForAll("questions") String question)
            throws IOException {
        Corpus corpus = new CorpusLoader().fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            for (String q : List.of(question, StandardQuestions.PARTICIPANTS, StandardQuestions.OBJECTIONS)) {
                AnswerChecks.assertHonest(generated, generated.ask(q));
            }
        }
    }

    /**
     * Regression (found by {@link #generatedHostileArticlesAreAnsweredHonestly}): the console markdown printed an
     * article's link as {@code <url>} whatever it held, so a link with '<' or '>' ended early and the rest of it,
     * a mention here, went out as live markdown.
     */
    @Example
    void aLinkThatWouldEndItsAngleBracketsEarlyIsLeftOut() throws IOException {
        String article = "---\ntitle: \"\uD800\uDC00<@123>\"\nurl: \"https://evil.example/<@123>\"\n---\n"
                + "Keldaran envoy Tomas Vey and Norvanian minister Arno Pell met in Port Ebbe to discuss \uD800\uDC00.\n";
        Corpus corpus = new CorpusLoader().fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            Answer a = generated.ask(StandardQuestions.PARTICIPANTS);

            assertTrue(a.answered(), a.lead());
            AnswerChecks.assertHonest(generated, a);
            assertFalse(a.markdown().contains("evil.example"), a.markdown());
        }
    }
}
