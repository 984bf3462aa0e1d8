package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Facet;
import org.parley.answer.Fuzz;
import org.parley.answer.HostileText;
import org.parley.answer.Lead;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.QuestionType;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;
import org.quicktheories.core.Gen;

/**
 * A Q&amp;A session's {@link Digest} over hostile questions and quotes: the short digest and digest.md ping nobody
 * and show every question and quote escaped; the store keeps hostile text exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one store for every property, in a field
class DigestFuzzTest {

    private TempStore temp;

    @BeforeAll
    void open() throws IOException {
        temp = TempStore.open("parley-digest-fuzz");
    }

    @AfterAll
    void close() throws IOException {
        temp.close();
    }

    private static Gen<Digest.Entry> entries() {
        // The lead is the engine's markdown, which holds article text only escaped.
        return HostileText.text()
                .zip(
                        booleans().all(),
                        HostileText.text().map(Markdown::escape),
                        HostileText.text(),
                        lists().of(HostileText.text()).ofSizeBetween(0, 4),
                        (question, answered, lead, quote, citations) -> new Digest.Entry(
                                Instant.EPOCH,
                                question,
                                answered,
                                lead,
                                answered ? quote : "",
                                answered ? citations : List.of()));
    }

    private static Gen<Digest> digests() {
        return HostileText.text()
                .zip(
                        lists().of(entries()).ofSizeBetween(0, 40),
                        (channel, entries) ->
                                new Digest(channel, Instant.EPOCH, Instant.EPOCH.plusSeconds(4_000), entries));
    }

    @Test
    void theShortDigestPingsNobodyAndEscapesEveryQuestion() {
        Fuzz.seeded().qt(150).forAll(digests()).checkAssert(DigestFuzzTest::assertShortDigestSafe);
    }

    private static void assertShortDigestSafe(Digest digest) {
        String markdown = digest.markdown(Markdown::escape);

        MarkdownChecks.assertNoPings(markdown, Set.of());
        assertTrue(HostileText.isWellFormed(markdown));
        // Answered questions are listed as "N. **question**" while they fit, cut at 200 characters.
        List<String> listed = markdown.lines()
                .filter(l -> l.matches("(?s)\\d+\\. \\*\\*.*\\*\\*"))
                .toList();
        List<Digest.Entry> answered =
                digest.entries().stream().filter(Digest.Entry::answered).toList();
        assertTrue(listed.size() <= answered.size());
        if (!answered.isEmpty()) assertFalse(listed.isEmpty(), "the first answered question is always listed");
        for (int i = 0; i < listed.size(); i++) {
            String line = listed.get(i);
            String prefix = (i + 1) + ". **";
            assertTrue(line.startsWith(prefix), line);
            MarkdownChecks.assertVerbatim(
                    line.substring(prefix.length(), line.length() - 2),
                    oneLine(answered.get(i).question()));
        }
    }

    @Test
    void digestFileShowsEveryQuestionAndQuoteEscaped() {
        Fuzz.seeded().qt(150).forAll(digests()).checkAssert(DigestFuzzTest::assertDigestFileSafe);
    }

    private static void assertDigestFileSafe(Digest digest) {
        String file = digest.file(Markdown::escape);

        MarkdownChecks.assertNoPings(file, Set.of());
        assertTrue(HostileText.isWellFormed(file));
        List<String> lines = file.lines().toList();
        List<Digest.Entry> answered =
                digest.entries().stream().filter(Digest.Entry::answered).toList();
        List<String> headings = lines.stream().filter(l -> l.startsWith("### ")).toList();
        assertEquals(answered.size(), headings.size(), file);
        for (int i = 0; i < answered.size(); i++) {
            String prefix = "### " + (i + 1) + ". ";
            assertTrue(headings.get(i).startsWith(prefix), headings.get(i));
            MarkdownChecks.assertVerbatim(
                    headings.get(i).substring(prefix.length()),
                    oneLine(answered.get(i).question()));
        }
        List<String> open = digest.entries().stream()
                .filter(e -> !e.answered())
                .map(e -> oneLine(e.question()))
                .toList();
        int notCovered = lines.indexOf("## Not covered by the articles");
        assertEquals(open.isEmpty(), notCovered < 0, file);
        for (int i = 0; i < open.size(); i++) {
            String line = lines.get(notCovered + 2 + i);
            assertTrue(line.startsWith("- "), line);
            MarkdownChecks.assertVerbatim(line.substring(2), open.get(i));
        }
        List<String> quotes =
                lines.stream().filter(l -> l.startsWith("> \u201C")).toList();
        List<String> quoted = answered.stream()
                .map(Digest.Entry::firstQuote)
                .filter(q -> !q.isBlank())
                .toList();
        assertEquals(quoted.size(), quotes.size(), file);
        for (int i = 0; i < quoted.size(); i++) {
            String line = quotes.get(i);
            MarkdownChecks.assertVerbatim(line.substring(3, line.length() - 1), oneLine(quoted.get(i)));
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Gen<List<Answer>> sessionAnswers() {
        Gen<Citation> citation = HostileText.text()
                .zip(
                        HostileText.text(),
                        (quote, title) ->
                                new Citation(quote, "doc", title, "Lead", 1, 1, Optional.empty(), quote, 0.5));
        Gen<Answer> answer = HostileText.text()
                .zip(
                        HostileText.text(),
                        lists().of(citation).ofSizeBetween(0, 3),
                        // hostile text in the lead's facts: a party that objected, or the one article searched
                        (question, lead, citations) -> new Answer(
                                CleanQuestion.of(question, 500).text(),
                                citations.isEmpty()
                                        ? new Lead.Refusal(Lead.Reason.NOT_FOUND, 1, Optional.of(lead))
                                        : new Lead.Objectors(List.of(lead)),
                                List.of(),
                                citations,
                                0.5,
                                1,
                                QuestionType.OTHER,
                                Facet.NONE));
        return lists().of(answer).ofSizeBetween(0, 8);
    }

    /** What a session journals comes back from SQLite exactly: no hostile character is lost or changed. */
    @Test
    void theStoreKeepsHostileTextExactly() {
        Fuzz.seeded().qt(40).forAll(sessionAnswers()).checkAssert(this::assertKeptExactly);
    }

    private void assertKeptExactly(List<Answer> answers) {
        String channel = "c" + System.nanoTime();
        QaSessions sessions = temp.store().sessions();
        assertTrue(sessions.start(channel, "educator"));
        answers.forEach(a -> sessions.record(channel, a));

        Digest digest = sessions.end(channel).orElseThrow();

        assertEquals(answers.size(), digest.entries().size());
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            Digest.Entry e = digest.entries().get(i);
            assertEquals(a.question(), e.question());
            assertEquals(AnswerText.lead(a), e.lead());
            assertEquals(a.citations().isEmpty() ? "" : a.citations().get(0).quote(), e.firstQuote());
            assertEquals(
                    a.citations().stream().map(c -> c.title() + ", paragraph 1").toList(), e.citations());
        }
        assertFalse(sessions.active(channel));
    }
}
