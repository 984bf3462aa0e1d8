package org.parley.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.config.Lexicons;
import org.slf4j.LoggerFactory;

class ArticleParserTest {

    private final ArticleParser parser =
            new ArticleParser(new SentenceSplitter(Lexicons.repository().splitter()));

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
    void aPlainFileWrittenWithMarkdownHeadingsIsReadAsMarkdown() {
        String text = "Kestria and Marovan agree water schedule\n\nBy Anna Lisk and Tom Reyes\n\n"
                + "SOLENNE - The envoys met on Friday.\n\n## Who was at the table?\n\nKestria sent its minister.\n\n"
                + "## What is still unresolved?\n\nThe dam remains in dispute.";
        Article a = parser.parse("water", text, false);
        assertEquals("Kestria and Marovan agree water schedule", a.title(), "its first line is still its headline");
        assertEquals(
                List.of(Section.LEAD, "Who was at the table?", "What is still unresolved?"),
                a.sections().stream().map(Section::title).toList());
        assertEquals(
                List.of(
                        "SOLENNE - The envoys met on Friday.",
                        "Kestria sent its minister.",
                        "The dam remains in dispute."),
                a.paragraphs().map(Paragraph::text).toList(),
                "neither the byline nor a heading is a paragraph");
    }

    @Test
    void aHashSignOpeningASentenceLeavesAPlainFilePlain() {
        String text = "Envoys meet\n\nThe envoys met.\n\n# Not a heading: a sentence after a hash sign.\n\n"
                + "See [the site](https://example.org) for more.";
        Article a = parser.parse("hash", text, false);
        assertEquals(
                List.of(Section.LEAD), a.sections().stream().map(Section::title).toList());
        assertEquals(
                "See [the site](https://example.org) for more.",
                a.paragraphs().reduce((x, y) -> y).orElseThrow().text(),
                "plain text keeps its brackets");
    }

    @Test
    void aListInAPlainFileIsOneSentenceAnItem() {
        Article a = parser.parse(
                "list",
                "Trade deal agreed\n\nThe ministers agreed on four points:\n- Tariffs fall to 5%\n- A panel of six "
                        + "experts will meet monthly\n\nWhat happens next\n\nThe deal takes effect in May.",
                false);
        assertEquals(
                List.of(
                        "The ministers agreed on four points:",
                        "Tariffs fall to 5%",
                        "A panel of six experts will meet monthly",
                        "The deal takes effect in May."),
                a.paragraphs().map(Paragraph::text).toList());
        // Its plain heading stays a heading; a short item, which would read as one, does not.
        assertEquals(
                List.of(Section.LEAD, "What happens next"),
                a.sections().stream().map(Section::title).toList());
    }

    @Test
    void aWireCreditLineIsNoText() {
        Article a = parser.parse(
                "c",
                "Envoys meet\n\nThe envoys met.\n\n(Reporting by Mirela Tavish; additional reporting by Piet Jansen "
                        + "in Kessel City; editing by Sara Holm)\n\nReporting by phone, officials said the talks ended.",
                false);
        assertEquals(
                List.of("The envoys met.", "Reporting by phone, officials said the talks ended."),
                a.paragraphs().map(Paragraph::text).toList());
    }

    @Test
    void aBylineIsNeitherAHeadingNorText() {
        Article a = parser.parse(
                "b", "Envoys meet in Doha\n\nBy Anna Lisk\n\nThe envoys met.\n\nBy then it had ended.", false);
        assertEquals(
                List.of(Section.LEAD), a.sections().stream().map(Section::title).toList());
        assertEquals(
                List.of("The envoys met.", "By then it had ended."),
                a.paragraphs().map(Paragraph::text).toList());
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
    void markdownIsQuotedAsItRendersWhateverMarksItUses() {
        Article a = parser.parse(
                "md",
                "# Ferry talks\n\nThe envoy called it \"a _fragile_ first step\" for Smith &amp; Sons, "
                        + "&#8220;a start&#x201D; in __Ebbe__, checked against the `dock_fees` table &bogus; &#0; &#55296;.",
                true);
        assertEquals(
                "The envoy called it \"a fragile first step\" for Smith & Sons, \u201Ca start\u201D in Ebbe, checked "
                        + "against the `dock_fees` table &bogus; &#0; &#55296;.",
                a.paragraphs().findFirst().orElseThrow().text());
        assertEquals(
                "Smith &amp; Sons and a _fragile_ step.",
                parser.parse("txt", "Smith &amp; Sons and a _fragile_ step.", false)
                        .paragraphs()
                        .findFirst()
                        .orElseThrow()
                        .text(),
                "a plain file is quoted as written");
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

    @Test
    void anInterviewersQuestionInBoldIsNoTextAndNoHeading() {
        String text =
                "# Talks\n\n## In her own words\n\nWe spoke to the mediator.\n\n**Did the Front agree to disarm?**"
                        + "\n\nNo, and I never asked them to.\n\n__When is the next round?__\n\nWithin 60 days.\n\n"
                        + "**Not a question.**\n\n**Bold words?** Then a sentence after them.";
        Article a = parser.parse("interview", text, true);
        assertEquals(
                List.of("In her own words"),
                a.sections().stream().map(Section::title).toList());
        assertEquals(
                List.of(
                        "We spoke to the mediator.",
                        "No, and I never asked them to.",
                        "Within 60 days.",
                        "Not a question.",
                        "Bold words? Then a sentence after them."),
                a.paragraphs().map(Paragraph::text).toList(),
                "a bold statement, or a bold question with text after it, stays text");
    }

    @Test
    void frontMatterThatCannotBeReadIsNamedInAWarningAndTheArticleStillLoads() {
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(ArticleParser.class);
        logged.start();
        logger.addAppender(logged);
        try {
            Article good =
                    parser.parse("good", "---\ntitle: Talks\ndate: 2025-02-18\n---\n\n# Talks\n\nEnvoys met.", true);
            assertEquals("2025-02-18", good.date().orElseThrow());
            assertEquals(
                    List.of(),
                    logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());

            Article unclosed = parser.parse("unclosed", "---\ntitle: Talks\n\nEnvoys met in Oslo.", true);
            assertTrue(unclosed.paragraphs().count() > 0, "still an article");
            Article notYaml = parser.parse("not-yaml", "---\ntitle: [unclosed\n---\n\nEnvoys met in Oslo.", true);
            assertTrue(notYaml.paragraphs().count() > 0, "still an article");
            Article badDate = parser.parse("bad-date", "---\ntitle: Talks\ndate: 2025-13-45\n---\n\nEnvoys met.", true);
            assertEquals("2025-13-45", badDate.date().orElseThrow(), "shown as written");
        } finally {
            logger.detachAppender(logged);
        }
        List<String> warnings =
                logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).startsWith("unclosed: its front matter opens with --- but never closes"),
                warnings.get(0));
        assertTrue(warnings.get(1).startsWith("not-yaml: its front matter is not YAML fields"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("bad-date: its date \"2025-13-45\" is not a date"), warnings.get(2));
    }
}
