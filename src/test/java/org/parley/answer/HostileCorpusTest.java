package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.config.Lexicons;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Articles whose own text holds mention and markdown tricks: the fixture {@code corpus/hostile} (a fictional
 * ferry deal with @everyone, role tags, masked links, bold, zero-width characters and a 3,000-character sentence)
 * and generated articles. Answers over them keep every promise of {@link AnswerChecks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one engine for every test, in a field
class HostileCorpusTest {

    private AnswerEngine engine;

    @BeforeAll
    void open() {
        engine = Engines.open("hostile");
    }

    @AfterAll
    void close() throws IOException {
        engine.close();
    }

    /** Questions about the ferry deal, and hostile text. */
    private static Gen<String> questions() {
        Gen<String> about = HostileText.pick(
                StandardQuestions.PARTICIPANTS,
                StandardQuestions.OUTCOMES,
                StandardQuestions.OBJECTIONS,
                "Who led the delegations?",
                "Who rejected the deal?",
                "What remains unclear?",
                "What does the communique cover?",
                "When will the ferries run again?",
                "Who chaired the talks?",
                "What did Marrow say?",
                "Where will the harbour masters meet?",
                "@everyone what was agreed?",
                "Who is <@&123>?",
                "What about the **ferry** clause?",
                "dock fees",
                "Salt\u200BKeld");
        return Generate.oneOf(
                about,
                about,
                HostileText.text(),
                HostileText.join(Generate.pick(HostileText.WORDS_ABOUT_EBBE), 1, 8, " "));
    }

    @Test
    void theFixtureReallyHoldsTheTricks() {
        List<String> sentences =
                engine.corpus().passages().stream().map(Passage::quote).toList();
        for (String trick : List.of(
                "@everyone",
                "@here",
                "<@&123>",
                "<@123>",
                "<#789>",
                "</cmd:1>",
                "](https://evil.example",
                "**not**",
                "||secret||",
                "`dock fees`",
                "\u200B",
                "\u2060")) {
            assertTrue(sentences.stream().anyMatch(s -> s.contains(trick)), () -> "no sentence holds " + trick);
        }
        // The 3,000-character sentence arrives cut into pieces (at clause breaks) that each fit a message.
        List<String> communique = sentences.stream()
                .filter(s -> s.startsWith("The communique, which both delegations read aloud"))
                .toList();
        assertEquals(1, communique.size(), "the communique's first piece");
        assertTrue(communique.get(0).length() > 500 && communique.get(0).length() <= 1_000, communique.get(0));
        assertTrue(sentences.stream().allMatch(s -> s.length() <= 1_000), "every sentence fits");
        assertTrue(
                engine.sources().get(0).title().contains("@everyone"),
                engine.sources().get(0).title());
    }

    @Test
    void anyQuestionOverTheHostileArticleIsAnsweredHonestly() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage answered = fuzz.coverage("answered");
        fuzz.qt(150).forAll(questions()).checkAssert(question -> {
            Answer a = engine.ask(question);

            AnswerChecks.assertHonest(engine, a);
            answered.collect(a.answered());
        });
        answered.assertAtLeast(20);
    }

    @Test
    void standardQuestionsAnswerWithTheTrickSentencesEscaped() {
        for (String q :
                List.of(StandardQuestions.PARTICIPANTS, StandardQuestions.OUTCOMES, StandardQuestions.OBJECTIONS)) {
            Answer a = engine.ask(q);
            assertTrue(a.answered(), q);
            AnswerChecks.assertHonest(engine, a);
        }
        Answer chair = engine.ask("Who chaired the talks?");
        assertTrue(chair.answered(), AnswerText.lead(chair));
        assertTrue(AnswerText.markdown(chair).contains("\\*\\*not\\*\\*"), AnswerText.markdown(chair));
        assertTrue(AnswerText.markdown(chair).contains("<\u200B@\u200B&123\\>"), AnswerText.markdown(chair));
    }

    @Test
    void theLongSentenceIsAnsweredInPiecesThatAreShownWhole() {
        Answer a = engine.ask("What does the communique cover?");
        assertTrue(a.answered(), AnswerText.lead(a));
        Citation first = a.citations().get(0);
        assertTrue(first.quote().contains("communique") || first.quote().contains("points"), first.quote());
        AnswerChecks.assertHonest(engine, a);
        String markdown = AnswerText.markdown(a);
        assertTrue(markdown.length() <= AnswerText.DISCORD_MESSAGE, () -> "length " + markdown.length());
        assertTrue(markdown.contains(Markdown.escape(first.quote())), "the first quote shown whole: " + markdown);
    }

    /** A generated article (front matter, paragraphs, hostile words) is indexed and answered like any other. */
    @Test
    void generatedHostileArticlesAreAnsweredHonestly() {
        Fuzz.seeded().qt(25).forAll(HostileText.article(), questions()).checkAssert((article, question) -> {
            Corpus corpus = new CorpusLoader(Lexicons.repository()).fromTexts(List.of("generated"), List.of(article));
            try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
                for (String q : List.of(question, StandardQuestions.PARTICIPANTS, StandardQuestions.OBJECTIONS)) {
                    AnswerChecks.assertHonest(generated, generated.ask(q));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Regression (found by {@link #generatedHostileArticlesAreAnsweredHonestly}): a long title and a long first
     * quote do not fit one message together, so the quote is cut at a word, as designed, and the check allows that
     * cut for the first quote only. A title as long as a paragraph is shown cut, so a quote is always shown.
     */
    @Test
    void aFirstQuoteWithoutRoomBesideALongTitleIsCutAtAWord() throws IOException {
        String title = "*_".repeat(300);
        String sentence = "Keldaran envoy Tomas Vey and Norvanian minister Arno Pell met in Port Ebbe to discuss "
                + "*_*_ ferry ".repeat(80) + "at length.";
        String article = "---\ntitle: \"" + title + "\"\n---\n" + sentence + "\n";
        Corpus corpus = new CorpusLoader(Lexicons.repository()).fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            Answer a = generated.ask(StandardQuestions.PARTICIPANTS);
            String markdown = AnswerText.markdown(a);

            assertTrue(a.answered(), AnswerText.lead(a));
            assertTrue(markdown.length() <= AnswerText.DISCORD_MESSAGE, () -> "length " + markdown.length());
            assertTrue(
                    markdown.contains("> **1.** \u201CKeldaran envoy"), () -> "the first quote is shown: " + markdown);
            assertTrue(markdown.contains("\u2026\u201D"), () -> "the first quote is cut: " + markdown);
            AnswerChecks.assertHonest(generated, a);
        }
    }

    /**
     * Regression (found by {@link #generatedHostileArticlesAreAnsweredHonestly}): the console markdown printed an
     * article's link as {@code <url>} whatever it held, so a link with '<' or '>' ended early and the rest of it,
     * a mention here, went out as live markdown.
     */
    @Test
    void aLinkThatWouldEndItsAngleBracketsEarlyIsLeftOut() throws IOException {
        String article = "---\ntitle: \"\uD800\uDC00<@123>\"\nurl: \"https://evil.example/<@123>\"\n---\n"
                + "Keldaran envoy Tomas Vey and Norvanian minister Arno Pell met in Port Ebbe to discuss \uD800\uDC00.\n";
        Corpus corpus = new CorpusLoader(Lexicons.repository()).fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            Answer a = generated.ask(StandardQuestions.PARTICIPANTS);

            assertTrue(a.answered(), AnswerText.lead(a));
            AnswerChecks.assertHonest(generated, a);
            assertFalse(AnswerText.markdown(a).contains("evil.example"), AnswerText.markdown(a));
        }
    }
}
