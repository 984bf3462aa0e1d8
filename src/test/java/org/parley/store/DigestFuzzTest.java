package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Facet;
import org.parley.answer.HostileText;
import org.parley.answer.Markdown;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.QuestionType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A Q&amp;A session's {@link Digest} over hostile questions and quotes: the short digest and digest.md ping nobody
 * and show every question and quote escaped; the store keeps hostile text exactly.
 */
class DigestFuzzTest {

    private static TempStore temp;

    @BeforeContainer
    static void open() throws IOException {
        temp = TempStore.open("parley-digest-fuzz");
    }

    @AfterContainer
    static void close() throws IOException {
        temp.close();
    }

    @Provide
    Arbitrary<Digest.Entry> entries() {
        // The lead is the engine's markdown, which holds article text only escaped.
        return Combinators.combine(HostileText.text(), Arbitraries.of(true, false), HostileText.text().map(Markdown::escape),
                        HostileText.text(), HostileText.text().list().ofMaxSize(4))
                .as((question, answered, lead, quote, citations) -> new Digest.Entry(Instant.EPOCH, question, answered, lead,
                        answered ? quote : "", answered ? citations : List.of()));
    }

    @Provide
    Arbitrary<Digest> digests() {
        return Combinators.combine(HostileText.text(), entries().list().ofMaxSize(40))
                .as((channel, entries) -> new Digest(channel, Instant.EPOCH, Instant.EPOCH.plusSeconds(4_000), entries));
    }

    @Property(tries = 150)
    void theShortDigestPingsNobodyAndEscapesEveryQuestion(@ForAll("digests") Digest digest) {
        String markdown = digest.markdown(Markdown::escape);

        MarkdownChecks.assertNoPings(markdown, Set.of());
        assertTrue(HostileText.isWellFormed(markdown));
        // Answered questions are listed as "N. **question**" while they fit, cut at 200 characters.
        List<String> listed = markdown.lines().filter(l -> l.matches("(?s)\\d+\\. \\*\\*.*\\*\\*")).toList();
        List<Digest.Entry> answered = digest.entries().stream().filter(Digest.Entry::answered).toList();
        assertTrue(listed.size() <= answered.size());
        if (!answered.isEmpty()) assertFalse(listed.isEmpty(), "the first answered question is always listed");
        for (int i = 0; i < listed.size(); i++) {
            String line = listed.get(i);
            String prefix = (i + 1) + ". **";
            assertTrue(line.startsWith(prefix), line);
            MarkdownChecks.assertVerbatim(line.substring(prefix.length(), line.length() - 2), oneLine(answered.get(i).question()));
        }
    }

    @Property(tries = 150)
    void digestFileShowsEveryQuestionAndQuoteEscaped(@ForAll("digests") Digest digest) {
        String file = digest.file(Markdown::escape);

        MarkdownChecks.assertNoPings(file, Set.of());
        assertTrue(HostileText.isWellFormed(file));
        List<String> lines = file.lines().toList();
        List<Digest.Entry> answered = digest.entries().stream().filter(Digest.Entry::answered).toList();
        List<String> headings = lines.stream().filter(l -> l.startsWith("### ")).toList();
        assertEquals(answered.size(), headings.size(), file);
        for (int i = 0; i < answered.size(); i++) {
            String prefix = "### " + (i + 1) + ". ";
            assertTrue(headings.get(i).startsWith(prefix), headings.get(i));
            MarkdownChecks.assertVerbatim(headings.get(i).substring(prefix.length()), oneLine(answered.get(i).question()));
        }
        List<String> open = digest.entries().stream().filter(e -> !e.answered()).map(e -> oneLine(e.question())).toList();
        int notCovered = lines.indexOf("## Not covered by the articles");
        assertEquals(open.isEmpty(), notCovered < 0, file);
        for (int i = 0; i < open.size(); i++) {
            String line = lines.get(notCovered + 2 + i);
            assertTrue(line.startsWith("- "), line);
            MarkdownChecks.assertVerbatim(line.substring(2), open.get(i));
        }
        List<String> quotes = lines.stream().filter(l -> l.startsWith("> \u201C")).toList();
        List<String> quoted = answered.stream().map(Digest.Entry::firstQuote).filter(q -> !q.isBlank()).toList();
        assertEquals(quoted.size(), quotes.size(), file);
        for (int i = 0; i < quoted.size(); i++) {
            String line = quotes.get(i);
            MarkdownChecks.assertVerbatim(line.substring(3, line.length() - 1), oneLine(quoted.get(i)));
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Provide
    Arbitrary<List<Answer>> sessionAnswers() {
        Arbitrary<Citation> citation = Combinators.combine(HostileText.text(), HostileText.text())
                .as((quote, title) -> new Citation(quote, "doc", title, "Lead", 1, 1, Optional.empty(), quote, 0.5));
        return Combinators.combine(HostileText.text(), HostileText.text(), citation.list().ofMaxSize(3))
                .as((question, lead, citations) -> new Answer(CleanQuestion.of(question, 500).text(), !citations.isEmpty(),
                        Markdown.escape(lead), Markdown.escape(lead), citations, 0.5, 1, QuestionType.OTHER, Facet.NONE))
                .list().ofMaxSize(8);
    }

    /** What a session journals comes back from SQLite exactly: no hostile character is lost or changed. */
    @Property(tries = 40)
    void theStoreKeepsHostileTextExactly(@ForAll("sessionAnswers") List<Answer> answers) {
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
            assertEquals(a.lead(), e.lead());
            assertEquals(a.citations().isEmpty() ? "" : a.citations().get(0).quote(), e.firstQuote());
            assertEquals(a.citations().stream().map(c -> c.title() + ", paragraph 1").toList(), e.citations());
        }
        assertFalse(sessions.active(channel));
    }
}
