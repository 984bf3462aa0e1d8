package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.ui.Markdown;

/** {@link Markdown} over hostile text: escaped text never formats or pings, cuts fit and keep a prefix. */
class MarkdownFuzzTest {

    @Test
    void escapedTextNeverFormatsOrPingsAndReadsAsTheOriginal() {
        Fuzz.seeded().qt(300).forAll(HostileText.text()).checkAssert(text -> {
            String escaped = Markdown.escape(text);

            MarkdownChecks.assertInert(escaped);
            MarkdownChecks.assertNoPings(escaped, Set.of());
            assertEquals(MarkdownChecks.visible(text), MarkdownChecks.visible(MarkdownChecks.unescape(escaped)));
        });
    }

    @Test
    void plainUndoesEscape() {
        Fuzz.seeded()
                .qt(200)
                .forAll(HostileText.text())
                .checkAssert(text -> assertEquals(text.replace("\u200B", ""), Markdown.plain(Markdown.escape(text))));
    }

    @Test
    void cutFitsKeepsAPrefixAndNeverSplitsAPair() {
        Fuzz.seeded()
                .qt(300)
                .forAll(HostileText.text(), integers().between(1, 300))
                .checkAssert((text, max) -> {
                    String cut = Markdown.cut(text, max);

                    assertTrue(cut.length() <= max, () -> cut.length() + " > " + max);
                    assertTrue(HostileText.isWellFormed(cut), () -> "split a surrogate pair: " + cut);
                    if (text.length() <= max) {
                        assertEquals(text, cut);
                    } else {
                        assertTrue(cut.endsWith("\u2026"), cut);
                        assertTrue(text.startsWith(cut.substring(0, cut.length() - 1)), cut);
                    }
                });
    }

    /** Regression: a cut to one character kept half a surrogate pair and an ellipsis, two characters. */
    @Test
    void aCutNeverKeepsHalfAPairOrExceedsItsLimit() {
        assertEquals("\u2026", Markdown.cut("\uD800\uDC00", 1));
        assertEquals("ab\u2026", Markdown.cut("ab\uD83D\uDC4D\uD83D\uDC4Dcd", 4));
        assertEquals("", Markdown.cut("abc", 0));
    }

    /** Regression: questions kept lone surrogates, and a cut at the question limit could split a pair. */
    @Test
    void aCleanQuestionIsAlwaysWellFormed() {
        assertEquals("Who met?", CleanQuestion.of("Who \uD800met?", 500).text());
        CleanQuestion cut = CleanQuestion.of("a".repeat(499) + "\uD83D\uDC4D" + "b".repeat(10), 500);
        assertTrue(cut.truncated());
        assertEquals("a".repeat(499), cut.text());
    }

    @Test
    void onlyPlainWebLinksAreLinks() {
        assertTrue(Markdown.isWebLink("https://example.org/a/@author/story"));
        assertFalse(Markdown.isWebLink("https://evil.example/x> @everyone"));
        assertFalse(Markdown.isWebLink("https://evil.example/<@123>"));
        assertFalse(Markdown.isWebLink("javascript:alert(1)"));
        assertFalse(Markdown.isWebLink(null));
    }
}
