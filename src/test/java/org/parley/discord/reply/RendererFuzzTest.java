package org.parley.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.Citation;
import org.parley.answer.Engines;
import org.parley.answer.Facet;
import org.parley.answer.FollowUps;
import org.parley.answer.Fuzz;
import org.parley.answer.HostileText;
import org.parley.answer.Lead;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.QuestionType;
import org.parley.store.Store;
import org.parley.store.TempStore;
import org.parley.ui.AnswerText;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link AnswerRenderer} (embed and buttons) over hostile answers, made up field by field and asked of the real
 * engine through {@link AnswerReplies} with a real store: every reply fits Discord's limits, pings nobody, and shows
 * each quote verbatim and escaped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the engines and the store for every property, in fields
class RendererFuzzTest {

    private AnswerEngine riyadh;
    private AnswerEngine hostile;
    private TempStore temp;
    private Store store;

    private final AnswerRenderer renderer = new AnswerRenderer();

    @BeforeAll
    void open() throws IOException {
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        temp = TempStore.open("parley-renderer-fuzz");
        store = temp.store();
    }

    @AfterAll
    void close() throws IOException {
        riyadh.close();
        hostile.close();
        temp.close();
    }

    // --- answers made up field by field -------------------------------------------------------------------------

    private static Gen<Citation> citations() {
        Gen<Optional<String>> url = Generate.oneOf(
                Generate.constant(Optional.<String>empty()),
                HostileText.pick(
                                "https://example.org/story",
                                "javascript:alert(1)",
                                "https://evil.example/a)b",
                                "https://evil.example/x> @everyone",
                                "https://example.org/@author/story",
                                "https://example.org/" + "x".repeat(600))
                        .map(Optional::of),
                HostileText.text().map(Optional::of));
        Gen<String> document = Generate.oneOf(
                HostileText.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", 1, 140),
                HostileText.text().assuming(s -> !s.isEmpty()));
        Gen<String> titles = Generate.oneOf(HostileText.text(), HostileText.mentions());
        Gen<String> sections = Generate.oneOf(Generate.constant("Lead"), HostileText.text());
        Gen<Integer> paragraphs = integers().between(1, 100_000);
        Gen<String> quotes = HostileText.text();
        // Six parts: more than Gen.zip takes, so drawn one after another.
        return in -> {
            String quote = quotes.generate(in);
            return new Citation(
                    quote,
                    document.generate(in),
                    titles.generate(in),
                    sections.generate(in),
                    paragraphs.generate(in),
                    1,
                    url.generate(in),
                    quote,
                    0.5);
        };
    }

    private static Gen<Answer> answers() {
        // Hostile text in the lead's facts (names, parties, a date, a title), which AnswerText escapes.
        Gen<Lead> lead = Generate.oneOf(
                HostileText.text().map(t -> new Lead.People(List.of(new Lead.Person(t, t, "")))),
                HostileText.text().map(t -> new Lead.Objectors(List.of(t, t))),
                HostileText.text().map(t -> new Lead.Parties(List.of(t, t))),
                HostileText.text().map(Lead.Undated::new),
                HostileText.text().map(t -> new Lead.Weekday(t, t)),
                HostileText.text().map(t -> new Lead.Refusal(Lead.Reason.NOT_FOUND, 1, Optional.of(t))),
                Generate.constant(new Lead.Quoted()));
        Gen<String> question =
                Generate.frequency(List.of(Pair.of(20, HostileText.text()), Pair.of(1, HostileText.huge())));
        return question.zip(
                booleans().all(),
                lead,
                lists().of(citations()).ofSizeBetween(0, 30),
                (q, answered, l, cs) -> answered && !(l instanceof Lead.Refusal)
                        ? new Answer(q, l, List.of(), cs, 0.5, 3, QuestionType.OTHER, Facet.NONE)
                        : new Answer(q, refusal(), List.of(), List.of(), 0.5, 3, QuestionType.OTHER, Facet.NONE));
    }

    private static Lead refusal() {
        return new Lead.Refusal(Lead.Reason.NOT_FOUND, 2, Optional.empty());
    }

    private static Gen<String> answerIds() {
        return longs().between(1, Long.MAX_VALUE).map(n -> Long.toString(n));
    }

    /** One answer to render, and how. */
    private record Rendering(
            Answer answer, String answerId, boolean ephemeral, boolean offerModerator, String askedAs) {}

    @Test
    void anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage quotesShown = fuzz.coverage("quotes shown");
        Gen<Rendering> renderings =
                answers().zip(answerIds(), booleans().all(), booleans().all(), HostileText.text(), Rendering::new);
        fuzz.qt(200).forAll(renderings).checkAssert(r -> {
            Optional<String> asked = r.askedAs().isEmpty() ? Optional.empty() : Optional.of(r.askedAs());
            BotReply reply = renderer.render(
                    r.answer(),
                    r.answerId(),
                    r.ephemeral(),
                    new AnswerRenderer.Presentation(asked, r.offerModerator(), asked));

            assertRendered(r.answer(), reply, asked);
            quotesShown.collect(!reply.embeds().get(0).getFields().isEmpty());
        });
        quotesShown.assertAtLeast(10);
    }

    /** The reply's limits and silence, the title, and each field's quote against its citation. */
    private static void assertRendered(Answer answer, BotReply reply, Optional<String> asked) {
        DiscordChecks.assertSafe(reply, Set.of());
        MessageEmbed embed = reply.embeds().get(0);
        MarkdownChecks.assertVerbatim(
                embed.getTitle(),
                AnswerRenderer.QUESTION_PREFIX + AnswerRenderer.oneLine(asked.orElse(answer.question())));
        List<MessageEmbed.Field> fields = embed.getFields();
        assertTrue(fields.size() <= answer.citations().size());
        for (int i = 0; i < fields.size(); i++) {
            Citation c = answer.citations().get(i);
            MarkdownChecks.assertVerbatim(fields.get(i).getName(), (i + 1) + ". " + c.title());
            MarkdownChecks.assertVerbatim(quoteIn(fields.get(i).getValue()), c.quote());
        }
        int left = answer.citations().size() - fields.size();
        if (left > 0) assertTrue(embed.getDescription().contains(left + (left == 1 ? " more quote" : " more quotes")));
        if (!answer.citations().isEmpty())
            assertEquals("Show context", reply.buttons().get(0).getLabel());
    }

    /** The escaped quote of a field: between the quotation marks before "— *section*", or the whole value when cut. */
    private static String quoteIn(String value) {
        int end = value.lastIndexOf("\u201D\n\u2014 *");
        return value.startsWith("\u201C") && end > 0 ? value.substring(1, end) : value;
    }

    // --- the real engine, through AnswerReplies and a real store -----------------------------------------------

    /** One question asked through {@link AnswerReplies}, and how. */
    private record Asked(
            String question, boolean overHostileArticle, boolean ephemeral, boolean openThread, boolean followUp) {}

    @Test
    void realAnswersToHostileQuestionsRenderSafely() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage answered = fuzz.coverage("answered");
        // Hostile text is mostly refused; one question in four is a fair one, so answered replies are fuzzed too. (One
        // in eight answered about 6% of 150 examples, so a random seed fell under the 5% bar now and then: seed
        // 79690391149677 answered 3.9%.)
        Gen<String> questions = Generate.frequency(List.of(
                Pair.of(3, HostileText.text()),
                Pair.of(
                        1,
                        Generate.pick(
                                List.of("Who met in Riyadh?", "Who chaired the talks?", "What did Lavrov say?")))));
        Gen<Asked> asks = questions.zip(
                booleans().all(), booleans().all(), booleans().all(), booleans().all(), Asked::new);
        fuzz.qt(150).forAll(asks).checkAssert(asked -> {
            AnswerEngine engine = asked.overHostileArticle() ? hostile : riyadh;
            RecentAnswers recent = new RecentAnswers(8);
            AnswerReplies replies =
                    new AnswerReplies(() -> engine, renderer, recent, store.sessions(), store.questions(), true);
            List<FollowUps.Exchange> earlier = asked.followUp()
                    ? List.of(new FollowUps.Exchange(
                            "Who objected?", engine.corpus().passages().get(0).quote()))
                    : List.of();

            BotReply reply = replies.ask(new AnswerReplies.Asking(
                    asked.question(),
                    asked.ephemeral(),
                    DiscordChecks.GUILD,
                    DiscordChecks.CHANNEL,
                    DiscordChecks.ASKER,
                    "slash",
                    earlier,
                    asked.openThread()));

            Answer answer = recent.find(Long.toString(reply.questionId())).orElseThrow();
            FollowUps.Reading reading = engine.readFollowUp(asked.question(), earlier);
            assertRendered(answer, reply, reading.rewritten() ? Optional.of(reading.asked()) : Optional.empty());
            assertEquals(
                    asked.openThread() && !asked.ephemeral(),
                    !reply.thread().isEmpty(),
                    "a thread only for a public answer that asks for one");
            assertTrue(store.questions().find(reply.questionId()).isPresent(), "the question is recorded");
            answered.collect(answer.answered());
        });
        answered.assertAtLeast(5);
    }

    @Test
    void everyAnswerOverTheHostileArticleShowsItsQuotesEscaped() {
        Answer answer = hostile.ask("Who chaired the talks?");
        assertTrue(answer.answered(), AnswerText.lead(answer));
        BotReply reply = renderer.render(answer, "1", false);

        assertRendered(answer, reply, Optional.empty());
        String value = reply.embeds().get(0).getFields().get(0).getValue();
        assertTrue(value.contains("\\*\\*not\\*\\*"), value);
        assertFalse(
                reply.embeds().get(0).getFooter().getText().contains("@everyone"), "the title's @everyone is defused");
    }

    /**
     * Regression (shrunk from {@link #anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim}): the footer named
     * the sources by their titles as they were, so a title "<@123>" (or "@everyone") stood there whole.
     */
    @Test
    void aTitleInTheFooterNeverReadsAsAMention() {
        Citation c = new Citation("\uD83D\uDC4D", "A", "<@123>", "Lead", 1, 1, Optional.empty(), "\uD83D\uDC4D", 0.5);
        Answer answer = new Answer(
                "\uD800\uDC00", new Lead.Quoted(), List.of(), List.of(c), 0.5, 3, QuestionType.OTHER, Facet.NONE);

        BotReply reply = renderer.render(
                answer,
                "1",
                true,
                new AnswerRenderer.Presentation(Optional.of("\uD800\uDC00"), true, Optional.of("\uD800\uDC00")));

        DiscordChecks.assertSafe(reply, Set.of());
        assertEquals(
                "Source: <\u200B@\u200B123>", reply.embeds().get(0).getFooter().getText());
    }

    /**
     * Regression (seed 81279677144086 of {@link #anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim}): a
     * quote of control characters in a field too small for its place is trimmed away by JDA, which shows a
     * left-to-right mark instead. The reader sees nothing either way; the check now reads the mark as nothing too.
     */
    @Test
    void aQuoteOfControlCharactersInATightFieldShowsAsNothing() {
        Citation c = new Citation("\u001C", "A", "A", "Lead", 1, 1, Optional.empty(), "\u001C", 0.5);
        MessageEmbed.Field field = new MessageEmbed.Field("1. A", AnswerRenderer.quoteField(c, 10), false);

        assertEquals("\u200E", field.getValue());
        MarkdownChecks.assertVerbatim(quoteIn(field.getValue()), c.quote());
    }

    /**
     * Regression (found by {@link #anyAnswerRendersWithinLimitsPingingNobodyWithQuotesVerbatim} once it ran on
     * QuickTheories): the small-print note went in when the embed's length in code points left room for it, but JDA's
     * build() counts UTF-16 units, so a full answer in emoji with a note threw instead of replying.
     */
    @Test
    void aNoteUnderAFullAnswerInEmojiNeverOverfillsTheEmbed() {
        String emoji = "\uD83D\uDC4D";
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            citations.add(new Citation(
                    emoji.repeat(600),
                    "A" + i,
                    i + emoji.repeat(60),
                    "Lead",
                    1,
                    1,
                    Optional.empty(),
                    emoji.repeat(600),
                    0.5));
        }
        Answer answer = new Answer(
                emoji.repeat(100), new Lead.Quoted(), List.of(), citations, 0.5, 3, QuestionType.OTHER, Facet.NONE);

        BotReply reply = renderer.render(
                answer,
                "1",
                false,
                new AnswerRenderer.Presentation(Optional.empty(), false, Optional.of("x".repeat(300))));

        DiscordChecks.assertSafe(reply, Set.of());
        assertFalse(reply.embeds().get(0).getFields().isEmpty(), "the quotes that fit are shown");
    }

    /**
     * Regression (found likewise): build() counts the description trimmed, so under a description that began with
     * white space the note could overfill the embed, as sent, by that much.
     */
    @Test
    void aNoteNeverOverfillsAnEmbedWhoseDescriptionStartsWithWhiteSpace() {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            citations.add(new Citation(
                    "q".repeat(1_200), "A" + i, "Title " + i, "Lead", 1, 1, Optional.empty(), "q".repeat(1_200), 0.5));
        }
        // A lead can no longer start with white space; a person's name full of line breaks comes closest.
        Lead lead = new Lead.People(List.of(new Lead.Person("\n".repeat(20) + "Who?", "", "")));
        Answer answer = new Answer("Who?", lead, List.of(), citations, 0.5, 3, QuestionType.OTHER, Facet.NONE);

        // Every length of note, so one of them lands on the last few characters the embed has room for.
        for (int note = 1; note <= 300; note++) {
            BotReply reply = renderer.render(
                    answer,
                    "1",
                    false,
                    new AnswerRenderer.Presentation(Optional.empty(), false, Optional.of("x".repeat(note))));
            DiscordChecks.assertSafe(reply, Set.of());
        }
    }

    // --- the building blocks --------------------------------------------------------------------------------------

    @Test
    void fitEscapedFitsAndShowsAPrefixOfTheText() {
        Fuzz.seeded()
                .qt(200)
                .forAll(HostileText.text(), integers().between(1, 400))
                .checkAssert((text, max) -> {
                    String shown = Limits.fitEscaped(text, max);

                    assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
                    assertTrue(HostileText.isWellFormed(shown), shown);
                    MarkdownChecks.assertNoPings(shown, Set.of());
                    if (!shown.equals("\u2026")) MarkdownChecks.assertVerbatim(shown, text);
                });
    }

    @Test
    void fitFitsAnyText() {
        Fuzz.seeded()
                .qt(200)
                .forAll(HostileText.text(), integers().between(1, 2_000))
                .checkAssert((text, max) -> {
                    String shown = Limits.fit(text, max);

                    assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
                    assertTrue(HostileText.isWellFormed(shown), shown);
                });
    }

    @Test
    void contextHighlightFitsAndBoldsTheEscapedQuote() {
        Fuzz.seeded()
                .qt(100)
                .forAll(
                        HostileText.text(),
                        HostileText.text(),
                        HostileText.text(),
                        integers().between(20, 4_096))
                .checkAssert((before, quote, after, max) -> {
                    String shown = AnswerRenderer.highlight(before + quote + after, quote, max);

                    assertTrue(shown.length() <= max, () -> shown.length() + " > " + max);
                    MarkdownChecks.assertNoPings(shown, Set.of());
                    assertTrue(HostileText.isWellFormed(shown), shown);
                });
    }

    @Test
    void buttonIdsFitWhateverTheCitationKey() {
        Fuzz.seeded().qt(100).forAll(answers(), answerIds()).checkAssert((answer, answerId) -> {
            renderer.buttons(answer, answerId, true).forEach(DiscordChecks::assertFits);
            assertTrue(BotReply.threadName(answer.question()).length() <= BotReply.MAX_THREAD_NAME);
            assertFalse(BotReply.threadName(answer.question()).isEmpty());
        });
    }
}
