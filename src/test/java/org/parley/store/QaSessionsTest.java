package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parley.answer.Answer;
import org.parley.answer.Lead;
import org.parley.answer.Note;
import org.parley.ui.Markdown;

class QaSessionsTest {

    private static final String QUOTE = "The sessions were chaired by Rafael Quintero.";

    private final Clock clock = Clock.fixed(Instant.parse("2025-02-18T10:00:00Z"), ZoneOffset.UTC);
    private Database db;

    @BeforeEach
    void open(TestDatabase store) {
        db = store.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @OnBothDatabases
    void recordsOnlyWhileASessionRunsAndDigestsWhatWasAskedAndAnswered(TestDatabase store) {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.record("42", Answers.answered("before the session"));
        assertTrue(sessions.start("42", "teacher"));
        assertFalse(sessions.start("42", "teacher"), "one session per channel");
        assertTrue(sessions.active("42"));
        sessions.record("42", Answers.answered("Who met?"));
        sessions.record("42", Answers.refused("What is the population of Brazil? @everyone"));
        sessions.record("7", Answers.answered("another channel"));

        Digest d = sessions.end("42").orElseThrow();
        assertEquals(2, d.entries().size());
        assertEquals(1, d.answeredCount());
        Digest.Entry first = d.entries().get(0);
        assertEquals("Who met?", first.question());
        assertEquals(QUOTE, first.firstQuote());
        assertEquals(List.of("Talks in Riyadh, paragraph 3", "Talks in Riyadh, paragraph 4"), first.citations());
        assertEquals("", d.entries().get(1).firstQuote(), "a refusal quotes nothing");

        String md = d.markdown(Markdown::escape);
        assertTrue(md.contains("Who met?"), md);
        assertTrue(
                md.contains("\u201C" + QUOTE + "\u201D \u2014 *Talks in Riyadh, paragraph 3*"),
                "the quote itself, then where it stands: " + md);
        assertFalse(md.contains("According to"), md);
        assertTrue(md.contains("Not covered by the articles"), md);
        assertFalse(md.contains("@everyone"), "user text is escaped");
        assertFalse(sessions.active("42"));
        assertTrue(sessions.end("42").isEmpty());
        assertTrue(sessions.start("42", "teacher"), "a channel can run a new session after the last one ended");
    }

    @OnBothDatabases
    void aReplyWithOnlyTheClosestPassageIsNotCountedAsAnswered(TestDatabase store) {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.start("42", "teacher");
        sessions.record("42", Answers.answered("Who met?"));
        sessions.record("42", Answers.closest("Who is the king?"));
        sessions.record("42", Answers.refused("What is the population of Brazil?"));
        sessions.record("42", Answers.tooVague("Why?"));

        Digest d = sessions.end("42").orElseThrow();
        assertEquals(1, d.answeredCount());
        assertEquals(1, d.tentativeCount());
        for (String text : List.of(d.markdown(Markdown::escape), d.file(Markdown::escape))) {
            assertTrue(text.contains("1 answered from the articles, 1 with only a closest passage"), text);
            int answered = text.indexOf("Who met?");
            int closest = text.indexOf("Only a closest passage");
            int king = text.indexOf("Who is the king?");
            int open = text.indexOf("Not covered by the articles");
            int brazil = text.indexOf("What is the population of Brazil?");
            int vague = text.indexOf("Too short to search");
            int why = text.indexOf("Why?");
            assertTrue(answered >= 0 && answered < closest && closest < king && king < open, text);
            assertTrue(open < brazil && brazil < vague && vague < why, "\"Why?\" is listed apart: " + text);
        }
    }

    @OnBothDatabases
    void theFullDigestNamesEachCitedParagraphOnce(TestDatabase store) {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.start("42", "teacher");
        Answer twoOfOneParagraph = Answers.answered("Who met?");
        twoOfOneParagraph = new Answer(
                twoOfOneParagraph.question(),
                twoOfOneParagraph.lead(),
                twoOfOneParagraph.notes(),
                List.of(
                        twoOfOneParagraph.citations().get(0),
                        twoOfOneParagraph.citations().get(1),
                        twoOfOneParagraph.citations().get(1)),
                twoOfOneParagraph.confidence(),
                5,
                twoOfOneParagraph.type(),
                twoOfOneParagraph.facet());
        sessions.record("42", twoOfOneParagraph);
        String file = sessions.end("42").orElseThrow().file(Markdown::escape);
        assertTrue(file.contains("Also cited: Talks in Riyadh, paragraph 4\n"), file);
    }

    @OnBothDatabases
    void aSessionSurvivesARestart(TestDatabase store) {
        new QaSessions(db, clock).start("9", "teacher");
        new QaSessions(db, clock).record("9", Answers.answered("Who met?"));
        db.close();
        db = store.open();
        QaSessions reopened = new QaSessions(db, clock);
        assertTrue(reopened.active("9"));
        Digest d = reopened.end("9").orElseThrow();
        assertEquals(1, d.entries().size());
        assertEquals(QUOTE, d.entries().get(0).firstQuote());
    }

    @OnBothDatabases
    void theFileHasEveryQuestionInFullAndTheMessageStaysShort(TestDatabase store) {
        QaSessions sessions = new QaSessions(db, clock);
        sessions.start("5", "teacher");
        for (int i = 0; i < 40; i++) {
            sessions.record(
                    "5",
                    Answers.answered(
                            "Question number " + i + " about who chaired the long sessions?",
                            new Lead.People(List.of(new Lead.Person("Quintero", "chair", ""))),
                            List.of(new Note.QuestionCut(500)),
                            "Quote " + i + " " + "word ".repeat(60),
                            "Talks in Riyadh",
                            i + 1));
        }
        for (int i = 0; i < 30; i++) sessions.record("5", Answers.refused("Unanswerable question " + i + "?"));
        Digest d = sessions.end("5").orElseThrow();

        String md = d.markdown(Markdown::escape);
        assertTrue(md.length() <= 4_096, "fits an embed: " + md.length());
        assertTrue(md.contains("Question number 0"), md);
        assertTrue(md.contains("more in the full digest"), "says what it left out: " + md);

        String file = d.file(Markdown::escape);
        assertTrue(file.startsWith("# Q&A session digest"), file);
        assertTrue(file.contains("18 February 2025, 10:00\u201310:00 UTC"), file);
        assertTrue(file.contains("70 questions, 40 answered"), file);
        for (int i = 0; i < 40; i++) {
            assertTrue(file.contains("### " + (i + 1) + ". Question number " + i + " about"), "question " + i);
            assertTrue(file.contains("> \u201CQuote " + i + " word"), "quote " + i);
            assertTrue(file.contains("> \u2014 Talks in Riyadh, paragraph " + (i + 1) + "\n"), "citation " + i);
        }
        assertTrue(file.contains("read only its first 500 characters"), "the full lead, not its first line");
        for (int i = 0; i < 30; i++) assertTrue(file.contains("- Unanswerable question " + i + "?\n"), "refusal " + i);
    }

    @OnBothDatabases
    void aSessionStartedOrEndedAtOnceOnTwoProcessesHappensOnce(TestDatabase store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (Database other = store.open()) {
            QaSessions here = new QaSessions(db, clock);
            QaSessions there = new QaSessions(other, clock);
            List<Callable<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                QaSessions desk = i % 2 == 0 ? here : there;
                starts.add(() -> desk.start("77", "teacher"));
            }
            long started = 0;
            for (Future<Boolean> s : pool.invokeAll(starts, 30, TimeUnit.SECONDS)) if (s.get()) started++;
            assertEquals(1, started, "one session per channel");
            here.record("77", Answers.answered("Who met?"));

            List<Callable<Optional<Digest>>> ends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                QaSessions desk = i % 2 == 0 ? here : there;
                ends.add(() -> desk.end("77"));
            }
            List<Digest> digests = new ArrayList<>();
            for (Future<Optional<Digest>> e : pool.invokeAll(ends, 30, TimeUnit.SECONDS))
                e.get().ifPresent(digests::add);
            assertEquals(1, digests.size(), "the first end wins");
            assertEquals(
                    List.of("Who met?"),
                    digests.get(0).entries().stream()
                            .map(Digest.Entry::question)
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
