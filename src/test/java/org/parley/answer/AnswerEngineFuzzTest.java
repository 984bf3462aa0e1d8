package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.ui.AnswerText;

/**
 * The real engine over the Riyadh article, asked anything: it answers from the article or refuses politely, and
 * never throws, cites a sentence the article lacks or reads past its question limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one engine for every property, in a field
class AnswerEngineFuzzTest {

    private AnswerEngine engine;
    private int maxQuestionChars;

    @BeforeAll
    void open() {
        EngineSettings settings = Engines.settings("riyadh", true);
        maxQuestionChars = settings.maxQuestionChars();
        engine = AnswerEngine.open(settings);
    }

    @AfterAll
    void close() throws IOException {
        engine.close();
    }

    @Test
    void anyQuestionIsAnsweredFromTheArticleOrRefusedPolitely() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage answered = fuzz.coverage("answered");
        fuzz.qt(200).forAll(HostileText.text()).checkAssert(question -> {
            Answer a = engine.ask(question);

            AnswerChecks.assertHonest(engine, a);
            assertTrue(
                    a.question().length() <= maxQuestionChars,
                    () -> "read " + a.question().length() + " characters");
            answered.collect(a.answered());
        });
        // Not only refusals: enough questions use the article's words to be answered.
        answered.assertAtLeast(5);
    }

    @Test
    void evenLoneSurrogatesAndRawControlCharactersGetAReply() {
        Fuzz.seeded()
                .qt(100)
                .forAll(HostileText.anyUtf16())
                .checkAssert(question -> AnswerChecks.assertHonest(engine, engine.ask(question)));
    }

    @Test
    void aHundredThousandCharacterQuestionIsReadOnlyUpToTheCut() {
        Fuzz.seeded().qt(8).forAll(HostileText.huge()).checkAssert(question -> {
            long started = System.nanoTime();
            Answer a = engine.ask(question);
            long ms = (System.nanoTime() - started) / 1_000_000;

            AnswerChecks.assertHonest(engine, a);
            assertTrue(
                    a.question().length() <= maxQuestionChars,
                    () -> "read " + a.question().length() + " characters");
            assertTrue(ms < 10_000, () -> "took " + ms + " ms");
            // The reply says the question was cut exactly when it was: once invisible characters and runs of white
            // space are gone, 100,000 characters can come to less than the limit ("x" amid control characters).
            boolean cut = CleanQuestion.of(question, maxQuestionChars).truncated();
            if (a.question().chars().anyMatch(Character::isLetterOrDigit)) {
                assertEquals(
                        cut,
                        AnswerText.lead(a).contains("read only its first " + maxQuestionChars + " characters"),
                        AnswerText.lead(a));
            }
        });
    }

    @Test
    void followUpsAreReadAgainstAnyConversation() {
        Fuzz.seeded().qt(100).forAll(HostileText.text(), HostileText.text()).checkAssert((followUp, earlier) -> {
            Answer first = engine.ask(earlier);
            String quote =
                    first.citations().isEmpty() ? "" : first.citations().get(0).quote();
            FollowUps.Reading reading =
                    engine.readFollowUp(followUp, List.of(new FollowUps.Exchange(first.question(), quote)));

            AnswerChecks.assertHonest(engine, engine.ask(reading.resolved()));
        });
    }
}
