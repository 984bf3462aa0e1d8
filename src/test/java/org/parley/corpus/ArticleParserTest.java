package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(new SentenceSplitter());

    @Test
    void plainTextHeadingsAreShortLinesWithoutClosingPunctuation() {
        String text = "Leaders met on Monday. They agreed on a plan.\n\nA Path to Peace?\n\n"
                + "The plan has three steps.\n\nWhat Comes Next\n\nCan the plan survive the winter?";
        Article a = parser.parse("talks", text, false);
        assertEquals(
                List.of(Section.LEAD, "A Path to Peace?", "What Comes Next"),
                a.sections().stream().map(Section::title).toList());
        assertEquals(3, a.paragraphs().count(), "headings are not paragraphs");
        assertEquals(
                "Can the plan survive the winter?",
                a.sections().get(2).paragraphs().get(0).text());
    }

    @Test
    void markdownFrontMatterAndHeadings() {
        String text =
                "---\ntitle: \"Talks in Geneva\"\noutlet: Test Wire\nurl: https://example.org/a\ndate: 2025-03-11\n---\n\n"
                        + "# Opening\n\nThe **envoys** met in [Geneva](https://example.org/g).\n\n# Result\n\nThey signed.";
        Article a = parser.parse("geneva", text, true);
        assertEquals("Talks in Geneva", a.title());
        assertEquals("Test Wire", a.outlet().orElseThrow());
        assertEquals("https://example.org/a", a.url().orElseThrow());
        assertEquals("2025-03-11", a.date().orElseThrow());
        assertEquals(
                List.of("Opening", "Result"),
                a.sections().stream().map(Section::title).toList());
        assertEquals(
                "The envoys met in Geneva.",
                a.paragraphs().findFirst().orElseThrow().text());
    }

    @Test
    void paragraphsAreNumberedAcrossSectionsAndOffsetsMatchTheBody() {
        Article a = parser.parse("x", "One. Two.\n\nHeading Here\n\nThree.", false);
        Paragraph third = a.sections().get(1).paragraphs().get(0);
        assertEquals(2, third.number());
        Sentence s = third.sentences().get(0);
        assertEquals("Three.", a.text().substring(s.start(), s.end()));
        assertTrue(a.title().startsWith("X") || a.title().equals("x"));
    }

    @Test
    void markdownHeadingsListsAndRulesWithoutBlankLines() {
        String text = "---\n---\n## Background\nThe talks began.\n- Russia agreed to talk.\n- Ukraine objected.\n***\n"
                + "![map](map.png)\nThey ended late.";
        Article a = parser.parse("md", text, true);
        assertEquals(
                List.of("Background"), a.sections().stream().map(Section::title).toList());
        List<String> paragraphs = a.paragraphs().map(Paragraph::text).toList();
        assertEquals(
                List.of("The talks began.", "Russia agreed to talk.", "Ukraine objected.", "They ended late."),
                paragraphs);
    }
}
