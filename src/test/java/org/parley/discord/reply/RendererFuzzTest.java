package org.parley.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.Citation;
import org.parley.answer.Engines;
import org.parley.answer.Facet;
import org.parley.answer.FollowUps;
import org.parley.answer.HostileText;
import org.parley.answer.Markdown;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.QuestionType;
import org.parley.store.Store;
import org.parley.store.TempStore;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@link AnswerRenderer} (embed and buttons) over hostile answers, made up field by field and asked of the real
 * engine through {@link AnswerReplies} with a real store: every reply fits Discord's limits, pings nobody, and shows
 * each quote verbatim and escaped.
 */
class RendererFuzzTest {

    private static AnswerEngine riyadh;
    private static AnswerEngine hostile;
    private static TempStore temp;
    private static Store store;

    private final AnswerRenderer renderer = new AnswerRenderer();

    @BeforeContainer
    static void open() throws IOException {
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        temp = TempStore.open("parley-renderer-fuzz");
        store = temp.store();
    }

    @AfterContainer
    static void close() throws IOException {
        riyadh.close();
        hostile.close();
        temp.close();
    }

    // --- answers made up field by field -------------------------------------------------------------------------

    @Provide
    Arbitrary<Citation> citations() {
        Arbitrary<Optional<String>> url = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                Arbitraries.of("https://example.org/story", "javascript:alert(1)", "https://evil.example/a)b",
                        "https://evil.example/x> @everyone", "https://example.org/@author/story",
                        "https://example.org/" + "x".repeat(600)).map(Optional::of),
                HostileText.text().map(Optional::of));
        Arbitrary<String> document = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(140),
                HostileText.text().filter(s -> !s.isEmpty()));
        Arbitrary<String> titles = Arbitraries.oneOf(HostileText.text(), HostileText.mentions());
        Arbitrary<String> sections = Arbitraries.oneOf(Arbitraries.just("Lead"), HostileText.text());
        return Combinators.combine(HostileText.text(), document, titles, sections, Arbitraries.integers().between(1, 100_000), url)
                .as((quote, doc, title, section, paragraph, link) -> new Citation(quote, doc, title, section, paragraph, 1, link,
                        quote, 0.5));
    }

    @Provide
    Arbitrary<Answer> answers() {
        // The lead is Parley's own markdown, so it holds hostile text only as the engine writes it: escaped.
        Arbitrary<String> lead = Arbitraries.oneOf(HostileText.text().map(Markdown::escape),
                HostileText.text().map(t -> "According to *" + Markdown.escape(t) + "*:"), Arbitraries.of("", " ", "\n"));
        Arbitrary<String> question = Arbitraries.frequencyOf(Tuple.of(20, HostileText.text()),
                Tuple.of(1, HostileText.huge()));
        return Combinators.combine(question, Arbitraries.of(true, false), lead,
                        citations().list().ofMaxSize(30))
                .as((q, answered, l, cs) -> new Answer(q, answered, l, l, answered ? cs : List.of(), 0.5, 3,
                        QuestionType.OTHER, Facet.NONE));
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<String> answerIds() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE).map(String::valueOf);
    }

    @Property(tries = 200)
    void anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim(@ForAll("answers") Answer answer,
            @ForAll("answerIds") String answerId, @ForAll boolean ephemeral, @ForAll boolean offerModerator,
            @ForAll("hostile") String askedAs) {
        Optional<String> asked = askedAs.isEmpty() ? Optional.empty() : Optional.of(askedAs);
        BotReply reply = renderer.render(answer, answerId, ephemeral, new AnswerRenderer.Presentation(asked, offerModerator, asked));

        assertRendered(answer, reply, asked);
        Statistics.label("quotes shown").collect(!reply.embeds().get(0).getFields().isEmpty())
                .coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    /** The reply's limits and silence, the title, and each field's quote against its citation. */
    private static void assertRendered(Answer answer, BotReply reply, Optional<String> asked) {
        DiscordChecks.assertSafe(reply, Set.of());
        MessageEmbed embed = reply.embeds().get(0);
        MarkdownChecks.assertVerbatim(embed.getTitle(), AnswerRenderer.QUESTION_PREFIX
                + AnswerRenderer.oneLine(asked.orElse(answer.question())));
        List<MessageEmbed.Field> fields = embed.getFields();
        assertTrue(fields.size() <= answer.citations().size());
        for (int i = 0; i < fields.size(); i++) {
            Citation c = answer.citations().get(i);
            MarkdownChecks.assertVerbatim(fields.get(i).getName(), (i + 1) + ". " + c.title());
            MarkdownChecks.assertVerbatim(quoteIn(fields.get(i).getValue()), c.quote());
        }
        int left = answer.citations().size() - fields.size();
        if (left > 0) assertTrue(embed.getDescription().contains(left + (left == 1 ? " more quote" : " more quotes")));
        if (!answer.citations().isEmpty()) assertEquals("Show context", reply.buttons().get(0).getLabel());
    }

    /** The escaped quote of a field: between the quotation marks before "— *section*", or the whole value when cut. */
    private static String quoteIn(String value) {
        int end = value.lastIndexOf("\u201D\n\u2014 *");
        return value.startsWith("\u201C") && end > 0 ? value.substring(1, end) : value;
    }

    // --- the real engine, through AnswerReplies and a real store -----------------------------------------------

    @Property(tries = 150)
    void realAnswersToHostileQuestionsRenderSafely(@ForAll("hostile") String question, @ForAll boolean overHostileArticle,
            @ForAll boolean ephemeral, @ForAll boolean openThread, @ForAll boolean followUp) {
        AnswerEngine engine = overHostileArticle ? hostile : riyadh;
        RecentAnswers recent = new RecentAnswers(8);
        AnswerReplies replies = new AnswerReplies(() -> engine, renderer, recent, store.sessions(), store.questions(), true);
        List<FollowUps.Exchange> earlier = followUp
                ? List.of(new FollowUps.Exchange("Who objected?", engine.corpus().passages().get(0).quote())) : List.of();

        BotReply reply = replies.ask(new AnswerReplies.Asking(question, ephemeral, DiscordChecks.GUILD, DiscordChecks.CHANNEL,
                DiscordChecks.ASKER, "slash", earlier, openThread));

        Answer answer = recent.find(Long.toString(reply.questionId())).orElseThrow();
        FollowUps.Reading reading = engine.readFollowUp(question, earlier);
        assertRendered(answer, reply, reading.rewritten() ? Optional.of(reading.asked()) : Optional.empty());
        assertEquals(openThread && !ephemeral, !reply.thread().isEmpty(), "a thread only for a public answer that asks for one");
        assertTrue(store.questions().find(reply.questionId()).isPresent(), "the question is recorded");
        Statistics.label("answered").collect(answer.answered()).coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Example
    void everyAnswerOverTheHostileArticleShowsItsQuotesEscaped() {
        Answer answer = hostile.ask("Who chaired the talks?");
        assertTrue(answer.answered(), answer.lead());
        BotReply reply = renderer.render(answer, "1", false);

        assertRendered(answer, reply, Optional.empty());
        String value = reply.embeds().get(0).getFields().get(0).getValue();
        assertTrue(value.contains("\\*\\*not\\*\\*"), value);
        assertFalse(reply.embeds().get(0).getFooter().getText().contains("@everyone"), "the title's @everyone is defused");
    }

    /**
     * Regression (shrunk from {@link #anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim}): the footer named
     * the sources by their titles as they were, so a title "<@123>" (or "@everyone") stood there whole.
     */
    @Example
    void aTitleInTheFooterNeverReadsAsAMention() {
        Citation c = new Citation("\uD83D\uDC4D", "A", "<@123>", "Lead", 1, 1, Optional.empty(), "\uD83D\uDC4D", 0.5);
        Answer answer = new Answer("\uD800\uDC00", true, "Who?", "Who?", List.of(c), 0.5, 3, QuestionType.OTHER, Facet.NONE);

        BotReply reply = renderer.render(answer, "1", true, new AnswerRenderer.Presentation(Optional.of("\uD800\uDC00"), true, Optional.of("\uD800\uDC00")));

        DiscordChecks.assertSafe(reply, Set.of());
        assertEquals("Source: <\u200B@\u200B123>", reply.embeds().get(0).getFooter().getText());
    }

    // --- the building blocks --------------------------------------------------------------------------------------

    @Property(tries = 200)
    void fitEscapedFitsAndShowsAPrefixOfTheText(@ForAll("hostile") String text, @ForAll @IntRange(min = 1, max = 400) int max) {
        String shown = Limits.fitEscaped(text, max);

        assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
        assertTrue(HostileText.isWellFormed(shown), shown);
        MarkdownChecks.assertNoPings(shown, Set.of());
        if (!shown.equals("\u2026")) MarkdownChecks.assertVerbatim(shown, text);
    }

    @Property(tries = 200)
    void fitFitsAnyText(@ForAll("hostile") String text, @ForAll @IntRange(min = 1, max = 2_000) int max) {
        String shown = Limits.fit(text, max);

        assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
        assertTrue(HostileText.isWellFormed(shown), shown);
    }

    @Property(tries = 100)
    void contextHighlightFitsAndBoldsTheEscapedQuote(@ForAll("hostile") String before, @ForAll("hostile") String quote,
            @ForAll("hostile") String after, @ForAll @IntRange(min = 20, max = 4_096) int max) {
        String shown = AnswerRenderer.highlight(before + quote + after, quote, max);

        assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
        MarkdownChecks.assertNoPings(shown, Set.of());
        assertTrue(HostileText.isWellFormed(shown), shown);
    }

    @Property(tries = 100)
    void buttonIdsFitWhateverTheCitationKey(@ForAll("answers") Answer answer, @ForAll("answerIds") String answerId) {
        renderer.buttons(answer, answerId, true).forEach(DiscordChecks::assertFits);
        assertTrue(BotReply.threadName(answer.question()).length() <= BotReply.MAX_THREAD_NAME);
        assertFalse(BotReply.threadName(answer.question()).isEmpty());
    }
}
