package org.parley.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void fitKeepsWhatFitsWhenEscapingDoublesTheText() {
        String shown = Markdown.fit("*_".repeat(300), 256, Markdown::escape);

        assertTrue(shown.length() <= 256, shown);
        assertTrue(shown.length() >= 200, () -> "most of the room is used: " + shown);
        assertTrue(shown.endsWith("\u2026"), shown);
        assertTrue(shown.startsWith("\\*\\_\\*\\_"), shown);
    }

    @Test
    void fitCutsPlainTextAtAWord() {
        assertEquals("ferry dock\u2026", Markdown.fit("ferry dock fees and harbour pilots", 12, Markdown::escape));
    }

    @Test
    void fitLeavesTextThatFitsAlone() {
        assertEquals("dock \\*fees\\*", Markdown.fit("dock *fees*", 20, Markdown::escape));
    }
}
