package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The real engine over the Riyadh article, asked anything: it answers from the article or refuses politely, and
 * never throws, cites a sentence the article lacks or reads past its question limit.
 */
class AnswerEngineFuzzTest {

    private static AnswerEngine engine;
    private static int maxQuestionChars;

    @BeforeContainer
    static void open() {
        EngineSettings settings = Engines.settings("riyadh", true);
        maxQuestionChars = settings.maxQuestionChars();
        engine = AnswerEngine.open(settings);
    }

    @AfterContainer
    static void close() throws IOException {
        engine.close();
    }

    @Provide
    Arbitrary<String> questions() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<String> anyUtf16() {
        return HostileText.anyUtf16();
    }

    @Provide
    Arbitrary<String> huge() {
        return HostileText.huge();
    }

    @Property(tries = 200)
    void anyQuestionIsAnsweredFromTheArticleOrRefusedPolitely(@ForAll("questions") String question) {
        Answer a = engine.ask(question);

        AnswerChecks.assertHonest(engine, a);
        assertTrue(a.question().length() <= maxQuestionChars, () -> "read " + a.question().length() + " characters");
        // Not only refusals: enough questions use the article's words to be answered.
        Statistics.label("answered").collect(a.answered()).coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property(tries = 100)
    void evenLoneSurrogatesAndRawControlCharactersGetAReply(@ForAll("anyUtf16") String question) {
        AnswerChecks.assertHonest(engine, engine.ask(question));
    }

    @Property(tries = 8)
    void aHundredThousandCharacterQuestionIsReadOnlyUpToTheCut(@ForAll("huge") String question) {
        long started = System.nanoTime();
        Answer a = engine.ask(question);
        long ms = (System.nanoTime() - started) / 1_000_000;

        AnswerChecks.assertHonest(engine, a);
        assertTrue(a.question().length() <= maxQuestionChars, () -> "read " + a.question().length() + " characters");
        assertTrue(ms < 10_000, () -> "took " + ms + " ms");
        if (a.question().chars().anyMatch(Character::isLetterOrDigit)) {
            assertTrue(a.lead().contains("read only its first " + maxQuestionChars + " characters"), a.lead());
        }
    }

    @Property(tries = 100)
    void followUpsAreReadAgainstAnyConversation(@ForAll("questions") String followUp, @ForAll("questions") String earlier) {
        Answer first = engine.ask(earlier);
        String quote = first.citations().isEmpty() ? "" : first.citations().get(0).quote();
        FollowUps.Reading reading = engine.readFollowUp(followUp, List.of(new FollowUps.Exchange(first.question(), quote)));

        AnswerChecks.assertHonest(engine, engine.ask(reading.resolved()));
    }
}
