package org.parley.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Lead;

class AnswerRendererTest {

    private final AnswerRenderer renderer = new AnswerRenderer();

    @Test
    void ordinaryAnswerShowsLeadNumberedQuotesCitationsAndFooter() {
        Citation citation = citation(
                "The accord was signed in Geneva.",
                "Lakeport water accord",
                "Lead",
                1,
                Optional.of("https://example.org/lakeport"));
        MessageEmbed embed = renderer.embed(answer("Where was it signed?", people("Geneva"), List.of(citation)));

        assertEquals("\u2753 Where was it signed?", embed.getTitle());
        assertEquals("**Geneva** \u2014 according to *Lakeport water accord*:", embed.getDescription());
        assertEquals("1. Lakeport water accord", embed.getFields().get(0).getName());
        String value = embed.getFields().get(0).getValue();
        assertTrue(value.startsWith("\u201CThe accord was signed in Geneva.\u201D"), value);
        assertTrue(value.contains("*Lead*, paragraph 1"), value);
        assertTrue(value.contains("[link](https://example.org/lakeport)"), value);
        assertEquals("Source: Lakeport water accord", embed.getFooter().getText());
        assertWithinLimits(embed);
    }

    @Test
    void veryLongQuoteIsCutAtASentenceWithAnEllipsis() {
        String sentence = "The delegations agreed to keep talking about water. ";
        Citation citation = citation(sentence.repeat(100), "Title", "Lead", 3, Optional.empty());

        MessageEmbed embed = renderer.embed(answer("What was agreed?", new Lead.Quoted(), List.of(citation)));

        String value = embed.getFields().get(0).getValue();
        assertTrue(value.length() <= MessageEmbed.VALUE_MAX_LENGTH, "value " + value.length());
        assertTrue(value.contains("water.\u2026\u201D"), value);
        assertTrue(value.endsWith("*Lead*, paragraph 3"), "the citation survives the cut: " + value);
        assertWithinLimits(embed);
    }

    @Test
    void manyLongCitationsStayUnderSixThousandAndSayHowManyDidNotFit() {
        List<Citation> citations = IntStream.range(0, 40)
                .mapToObj(i -> citation(
                        ("Quote " + i + " is long and careful. ").repeat(60),
                        "T".repeat(300),
                        "S".repeat(300),
                        i + 1,
                        Optional.of("https://example.org/" + i)))
                .toList();

        MessageEmbed embed = renderer.embed(answer("Q".repeat(5000), people("Lead. ".repeat(2000)), citations));

        assertWithinLimits(embed);
        assertTrue(embed.getFields().size() >= 2, "some quotes shown");
        assertTrue(embed.getDescription().contains("more quotes did not fit"), embed.getDescription());
        assertTrue(embed.getTitle().endsWith("\u2026"), embed.getTitle());
    }

    @Test
    void manyShortCitationsStopAtTwentyFiveFields() {
        List<Citation> citations = IntStream.range(0, 30)
                .mapToObj(i -> citation("Short " + i + ".", "T", "S", i, Optional.empty()))
                .toList();

        MessageEmbed embed = renderer.embed(answer("Q?", new Lead.Quoted(), citations));

        assertEquals(MessageEmbed.MAX_FIELD_AMOUNT, embed.getFields().size());
        assertTrue(embed.getDescription().contains("5 more quotes"), embed.getDescription());
        assertWithinLimits(embed);
    }

    @Test
    void longTitlesAndMarkdownInArticleTextAreEscapedAndFitted() {
        Citation citation = citation(
                "Say @everyone **now** <@123>",
                "*Bold* title ".repeat(40),
                "Lead",
                1,
                Optional.of("javascript:alert(1)"));

        MessageEmbed embed = renderer.embed(answer("@here ||who||?", new Lead.Quoted(), List.of(citation)));

        assertFalse(embed.getTitle().contains("@here"), embed.getTitle());
        String value = embed.getFields().get(0).getValue();
        assertFalse(value.contains("@everyone"), value);
        assertFalse(value.contains("<@123>"), value);
        assertTrue(value.contains("\\*\\*now\\*\\*"), value);
        assertFalse(value.contains("javascript:"), "only web links are linked: " + value);
        assertTrue(embed.getFields().get(0).getName().length() <= MessageEmbed.TITLE_MAX_LENGTH);
        assertWithinLimits(embed);
    }

    @Test
    void unansweredQuestionHasNoQuotesAndNoContextButton() {
        Answer unanswered = new Answer(
                "Who won the match?",
                new Lead.Refusal(Lead.Reason.NOT_FOUND, 3, Optional.empty()),
                List.of(),
                List.of(),
                0.1,
                3,
                null,
                null);

        BotReply reply = renderer.render(unanswered, "abc123", false);

        MessageEmbed embed = reply.embeds().get(0);
        assertTrue(embed.getFields().isEmpty());
        assertEquals(
                "I couldn't find that in the 3 articles I have, so I won't guess. Try asking about who took part, "
                        + "what was agreed, or who objected.",
                embed.getDescription());
        assertEquals(
                List.of("fb+:abc123", "fb-:abc123"),
                reply.buttons().stream().map(Button::getCustomId).toList());
    }

    @Test
    void aClosestPassageOfferLooksUnsureAndCanGoToAModerator() {
        Citation quote = citation("Talks went on.", "T", "S", 1, Optional.empty());
        Answer sure = answer("Q?", new Lead.Quoted(), List.of(quote));
        Answer closest = answer("Q?", new Lead.Closest(), List.of(quote));
        assertEquals(Style.Tone.ANSWER.color(), renderer.embed(sure).getColor());
        assertEquals(Style.Tone.UNANSWERED.color(), renderer.embed(closest).getColor());
        assertFalse(renderer.buttons(sure, "a1", true).stream()
                .anyMatch(b -> b.getLabel().equals(AnswerRenderer.ASK_A_MODERATOR)));
        assertTrue(renderer.buttons(closest, "a1", true).stream()
                .anyMatch(b -> b.getLabel().equals(AnswerRenderer.ASK_A_MODERATOR)));
        assertTrue(renderer.embed(closest).getDescription().startsWith("This may not answer your question."));
    }

    @Test
    void buttonIdsStayWithinOneHundredCharacters() {
        Citation longKey = citation("Quote.", "T", "S", 1, Optional.empty(), "d".repeat(150));
        BotReply reply = renderer.render(answer("Q?", new Lead.Quoted(), List.of(longKey)), "abc123", false);

        List<String> ids = reply.buttons().stream().map(Button::getCustomId).toList();
        assertEquals("ctx@abc123", ids.get(0), "falls back to the answer id");
        ids.forEach(id -> assertTrue(id.length() <= ButtonIds.MAX_LENGTH, id));
        assertEquals(
                Optional.of("abc123"),
                ButtonIds.parseContext(ids.get(0)).orElseThrow().answerId());
        assertEquals(
                Optional.of("doc#2#3"),
                ButtonIds.parseContext(ButtonIds.context("doc#2#3", "x"))
                        .orElseThrow()
                        .citationKey());
    }

    @Test
    void outgoingDataMentionsNobody() {
        BotReply reply = renderer.render(
                answer(
                        "Q?",
                        new Lead.Refusal(Lead.Reason.NOT_FOUND, 1, Optional.of("Lead <@123> @everyone")),
                        List.of()),
                "id",
                false);

        var create = Outgoing.create(reply);
        var edit = Outgoing.edit(reply);

        assertTrue(create.getAllowedMentions().isEmpty());
        assertTrue(edit.getAllowedMentions().isEmpty());
        assertFalse(create.isMentionRepliedUser());
    }

    static void assertWithinLimits(MessageEmbed embed) {
        assertTrue(embed.getTitle() == null || embed.getTitle().length() <= MessageEmbed.TITLE_MAX_LENGTH, "title");
        assertTrue(
                embed.getDescription() == null
                        || embed.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH,
                "description");
        assertTrue(embed.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT, "fields");
        for (MessageEmbed.Field field : embed.getFields()) {
            assertTrue(field.getName().length() <= MessageEmbed.TITLE_MAX_LENGTH, "field name");
            assertTrue(field.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH, "field value");
        }
        assertTrue(embed.getFooter() == null || embed.getFooter().getText().length() <= MessageEmbed.TEXT_MAX_LENGTH);
        assertTrue(embed.getLength() <= MessageEmbed.EMBED_MAX_LENGTH_BOT, "total " + embed.getLength());
        assertTrue(embed.isSendable());
    }

    private static Lead people(String name) {
        return new Lead.People(List.of(new Lead.Person(name, "", "")));
    }

    private static Answer answer(String question, Lead lead, List<Citation> citations) {
        return new Answer(
                question, lead, List.of(), new ArrayList<>(citations), citations.isEmpty() ? 0 : 0.9, 5, null, null);
    }

    private static Citation citation(String quote, String title, String section, int paragraph, Optional<String> url) {
        return citation(quote, title, section, paragraph, url, "doc");
    }

    private static Citation citation(
            String quote, String title, String section, int paragraph, Optional<String> url, String document) {
        return new Citation(quote, document, title, section, paragraph, 1, url, "Context. " + quote, 1.0);
    }
}
