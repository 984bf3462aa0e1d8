package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.EngineSettings;
import org.parley.answer.ServingEngine;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.config.ParleyConfig;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;
import org.parley.store.Database;
import org.parley.store.Handoff;
import org.parley.store.Store;

/**
 * What educators and moderators do, through the real JDA client against FakeDiscord: follow-ups in threads, the
 * hand-off to moderators, quizzes, stats and reload, with permissions checked on the way.
 */
class ParleyBotCommunityTest {

    private static final String QUESTION = "Who chaired the sessions?";
    /** Verbatim from src/test/resources/corpus/harbor/lakeport-water-accord.txt. */
    private static final String FOLLOW_UP_QUOTE =
            "Quintero said the UN would invite Pellara to send observers to future meetings.";

    private static final String UNANSWERABLE = "What is the population of Mongolia?";
    private static final int EPHEMERAL = 64;

    @TempDir
    Path corpus;

    @TempDir
    Path data;

    private FakeDiscord discord;
    private FakeGuild guild;
    private ParleyBot bot;
    private Database database;
    private Store store;
    private ServingEngine engine;
    private MutableClock clock;

    @BeforeEach
    void start() throws Exception {
        Files.copy(Path.of("src/test/resources/corpus/harbor/lakeport-water-accord.txt"), corpus.resolve("harbor.txt"));
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        ParleyConfig config = loader.load();
        EngineSettings settings = new EngineSettings(
                corpus,
                Optional.of(data.resolve("index")),
                Lexicon.load(loader, config),
                true, // the answer model was fit with MiniLM's cosines: without them a fair follow-up is refused
                config.engine().maxCitations(),
                config.engine().maxQuestionChars());
        engine = ServingEngine.open(settings);
        discord = FakeDiscord.start();
        guild = discord.guild();
        clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
        database = Database.openSqlite(data);
        store = Store.over(database, clock);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (bot != null) bot.close();
        } finally {
            discord.close();
            database.close();
            engine.close();
        }
    }

    private void startBot(BotSettings settings) throws InterruptedException {
        bot = new ParleyBot(settings, engine, store, clock, 500);
        bot.start();
    }

    private BotSettings settings() {
        return BotSettings.basic(discord.botToken(), Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl()))
                .withModeration(
                        guild.educatorRole().id(),
                        Optional.of(guild.moderatorChannel().id()));
    }

    private JsonNode reply(FakeDiscord.InteractionDispatch dispatch) {
        return BotReplies.reply(discord, dispatch);
    }

    private JsonNode original(FakeDiscord.InteractionDispatch dispatch) {
        return await(() -> discord.originalResponse(dispatch.interactionId()), "the reply to " + dispatch);
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) return found.get();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private Optional<JsonNode> lastIn(String channelId, String containing) {
        List<JsonNode> messages = discord.messagesIn(channelId);
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).toString().contains(containing)) return Optional.of(messages.get(i));
        }
        return Optional.empty();
    }

    // ---- threads ----

    @Test
    void askOpensAThreadWhereAFollowUpWithAPronounIsReadWithTheEarlierQuestion() throws Exception {
        startBot(settings().withThreads(true, false));

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        String answerId = original(asked).get("id").asText();
        JsonNode thread = await(
                () -> discord.threads().stream()
                        .filter(t -> t.get("id").asText().equals(answerId))
                        .findFirst(),
                "a thread from the answer");
        assertEquals(QUESTION, thread.get("name").asText());
        String threadId = thread.get("id").asText();

        discord.messageCreate(
                guild.member().id(),
                threadId,
                "<@" + guild.bot().id() + "> What did he say about observers?",
                List.of(guild.bot().id()));

        JsonNode answer = await(() -> lastIn(threadId, FOLLOW_UP_QUOTE), "the follow-up's answer in the thread");
        String text = answer.toString();
        assertTrue(text.contains("What did he say about observers?"), "the question as asked is the title: " + text);
        assertTrue(text.contains("Read as: What did Rafael Quintero say about observers?"), text);
        assertEquals(
                "thread", store.questions().recentInChannel(threadId, 1).get(0).via());
        BotReplies.assertNothingMentions(discord.requests());
    }

    @Test
    void withTheMessageContentIntentAFollowUpInParleysThreadNeedsNoMention() throws Exception {
        startBot(settings().withThreads(true, true));
        int intents = discord.awaitReceivedOp(org.parley.discord.fake.GatewayFrame.OP_IDENTIFY, WAIT)
                .data()
                .get("intents")
                .asInt();
        assertEquals(1 << 15, intents & (1 << 15), "asks for MESSAGE_CONTENT only when configured");

        discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));
        JsonNode thread = await(() -> discord.threads().stream().findFirst(), "a thread from the question");
        String threadId = thread.get("id").asText();
        await(() -> lastIn(threadId, "Rafael Quintero"), "the first answer, in the thread");

        discord.messageCreate(guild.member().id(), threadId, "what did he say about observers?", List.of());

        await(() -> lastIn(threadId, FOLLOW_UP_QUOTE), "the follow-up answered without a mention");
    }

    @Test
    void thanksGetsItsWordBackInTheChannelWithoutAThreadOfItsOwn() throws Exception {
        startBot(settings().withThreads(true, false));
        discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> thanks!",
                List.of(guild.bot().id()));
        await(() -> lastIn(guild.textChannel().id(), "You're welcome!"), "the word back, in the channel");
        discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));
        String threadId = await(() -> discord.threads().stream().findFirst(), "a thread from the question")
                .get("id")
                .asText();
        await(() -> lastIn(threadId, "Rafael Quintero"), "the answer, in the thread");
        assertEquals(1, discord.threads().size(), "the thanks opened none");
    }

    @Test
    void withoutTheIntentAnUnmentionedMessageInAThreadIsLeftAlone() throws Exception {
        startBot(settings().withThreads(true, false));
        discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));
        String threadId = await(() -> discord.threads().stream().findFirst(), "a thread")
                .get("id")
                .asText();
        await(() -> lastIn(threadId, "Rafael Quintero"), "the first answer");
        int before = discord.messagesIn(threadId).size();

        discord.messageCreate(guild.member().id(), threadId, "what did he say about observers?", List.of());
        // A mention afterwards is answered; by then the unmentioned message would have been too.
        discord.messageCreate(
                guild.member().id(),
                threadId,
                "<@" + guild.bot().id() + "> And Reinholt?",
                List.of(guild.bot().id()));
        await(
                () -> lastIn(threadId, "Reinholt")
                        .filter(m -> m.path("author").path("bot").asBoolean()),
                "the mentioned follow-up");

        long botAnswers = discord.messagesIn(threadId).stream()
                .skip(before)
                .filter(m -> m.path("author").path("bot").asBoolean())
                .count();
        assertEquals(1, botAnswers, "only the mentioned follow-up was answered");
    }

    // ---- hand-off ----

    @Test
    void aRefusalGoesToTheModeratorsWithoutAPingAndTheirAnswerLandsUnderTheQuestion() throws Exception {
        startBot(settings());
        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", UNANSWERABLE));
        JsonNode refusal = original(asked);
        List<String> buttons = BotReplies.customIds(refusal);
        String handoffButton = buttons.stream()
                .filter(id -> id.startsWith("ho:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a refusal offers Ask a moderator: " + buttons));

        JsonNode told = reply(discord.buttonClick(
                guild.member().id(), guild.textChannel().id(), refusal.get("id").asText(), handoffButton));
        assertEquals(EPHEMERAL, told.get("flags").asInt() & EPHEMERAL);
        assertTrue(
                told.get("content")
                        .asText()
                        .contains("<#" + guild.moderatorChannel().id() + ">"),
                told.toString());

        String modChannel = guild.moderatorChannel().id();
        JsonNode desk = await(
                () -> lastIn(modChannel, "Question for the moderators"), "the hand-off in the moderators' channel");
        String deskText = desk.toString();
        assertTrue(deskText.contains("Mongolia"), deskText);
        assertTrue(deskText.contains("<@" + guild.member().id() + ">"), "who asked, as a link: " + deskText);
        assertTrue(desk.path("mentions").isEmpty(), "nobody is pinged: " + desk.path("mentions"));
        String answerButton = BotReplies.customIds(desk).get(0);

        var opened = discord.buttonClick(
                guild.moderator().id(), modChannel, desk.get("id").asText(), answerButton);
        JsonNode form = await(() -> discord.modalShown(opened.interactionId()), "the answer form");
        String modalId = form.get("custom_id").asText();

        reply(discord.modalSubmit(
                guild.moderator().id(),
                modChannel,
                desk.get("id").asText(),
                modalId,
                Map.of(HandoffDesk.ANSWER_FIELD, "About 3.5 million people; see the national statistics office.")));

        JsonNode posted =
                await(() -> lastIn(guild.textChannel().id(), "A moderator's answer"), "the answer under the question");
        assertTrue(posted.toString().contains("3.5 million"), posted.toString());
        assertEquals(
                refusal.get("id").asText(),
                posted.path("message_reference").path("message_id").asText(),
                "posted as a reply to the question");
        assertTrue(posted.path("mentions").isEmpty(), "the asker is not pinged");
        Handoff recorded = store.handoffs().find(1).orElseThrow();
        assertEquals("answered", recorded.status());
        assertEquals(guild.moderator().id(), recorded.moderatorId());
        assertEquals(UNANSWERABLE, recorded.question());
        await(
                () -> discord.message(desk.get("id").asText())
                        .filter(m -> m.toString().contains("Answered")),
                "the moderators' message marked answered");
        BotReplies.assertNothingMentions(discord.requests());
    }

    @Test
    void aGreetingGetsAWordBackWithNothingToRateOrHandOffAndIsNoRecordedQuestion() throws Exception {
        startBot(settings());
        JsonNode hello = original(discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", "hi parley!")));
        assertTrue(hello.toString().contains("Hello! Ask me about the talks"), hello.toString());
        assertEquals(List.of(), BotReplies.customIds(hello), "no buttons under small talk");
        assertTrue(store.questions().find(1).isEmpty(), "not recorded as a question");
        BotReplies.assertNothingMentions(discord.requests());
    }

    @Test
    void aThumbsDownOffersTheHandOffToo() throws Exception {
        startBot(settings());
        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        JsonNode answer = original(asked);
        String down = BotReplies.customIds(answer).stream()
                .filter(id -> id.startsWith("fb-:"))
                .findFirst()
                .orElseThrow();

        JsonNode thanks = reply(discord.buttonClick(
                guild.member().id(), guild.textChannel().id(), answer.get("id").asText(), down));

        assertTrue(thanks.get("content").asText().startsWith(ButtonListener.THANKS), thanks.toString());
        List<String> offered = BotReplies.customIds(thanks);
        assertEquals(1, offered.size(), offered.toString());
        assertEquals(
                "ho:" + answer.get("id").asText().length(),
                "ho:" + answer.get("id").asText().length());
        assertTrue(offered.get(0).endsWith(":" + answer.get("id").asText()), "names the answer's message: " + offered);
        assertEquals(1, store.feedback().all().size());
    }

    // ---- quizzes ----

    @Test
    void aQuizTakesOneTryEachRevealsTheCitedAnswerAndEndsWithAScoreboard() throws Exception {
        startBot(settings());
        String channel = guild.textChannel().id();
        JsonNode refused = reply(discord.slashCommand(guild.member().id(), channel, "quiz", Map.of("questions", 2)));
        assertEquals(EPHEMERAL, refused.get("flags").asInt() & EPHEMERAL, "members cannot start quizzes");

        // The educator role may, without Manage Messages.
        JsonNode first = reply(discord.slashCommand(guild.educator().id(), channel, "quiz", Map.of("questions", 2)));
        String firstId = await(() -> lastIn(channel, "question 1 of"), "the first question")
                .get("id")
                .asText();
        assertTrue(first.toString().contains("question 1 of 2"), first.toString());
        List<String> buttons = BotReplies.customIds(first);
        assertEquals(5, buttons.size(), "four choices and the educator's button: " + buttons);

        int right = rightChoice(firstId, buttons);
        JsonNode correct = reply(discord.buttonClick(guild.member().id(), channel, firstId, buttons.get(right)));
        assertTrue(correct.get("content").asText().startsWith("\u2705"), correct.toString());
        JsonNode again =
                reply(discord.buttonClick(guild.member().id(), channel, firstId, buttons.get((right + 1) % 4)));
        assertTrue(again.get("content").asText().contains("already answered"), again.toString());
        JsonNode wrong =
                reply(discord.buttonClick(guild.moderator().id(), channel, firstId, buttons.get((right + 1) % 4)));
        assertTrue(wrong.get("content").asText().startsWith("\u274C"), wrong.toString());

        JsonNode notYours = reply(discord.buttonClick(guild.member().id(), channel, firstId, buttons.get(4)));
        assertTrue(notYours.get("content").asText().contains("Only the educator"), notYours.toString());
        reply(discord.buttonClick(guild.educator().id(), channel, firstId, buttons.get(4)));

        JsonNode revealed =
                await(() -> discord.message(firstId).filter(m -> m.toString().contains("\u2705")), "the reveal");
        assertTrue(BotReplies.customIds(revealed).isEmpty(), "buttons go once the answer is revealed");
        String quote = revealed.get("embeds").get(0).get("description").asText();
        assertTrue(quote.contains("paragraph"), "the answer comes with its citation: " + quote);

        JsonNode second = await(() -> lastIn(channel, "question 2 of 2"), "the second question");
        List<String> secondButtons = BotReplies.customIds(second);
        reply(discord.buttonClick(
                guild.member().id(),
                channel,
                second.get("id").asText(),
                secondButtons.get(rightChoice(second.get("id").asText(), secondButtons))));
        reply(discord.buttonClick(
                guild.educator().id(), channel, second.get("id").asText(), secondButtons.get(4)));

        JsonNode board = await(() -> lastIn(channel, "scoreboard"), "the scoreboard");
        String scores = board.get("embeds").get(0).get("description").asText();
        assertTrue(scores.startsWith("1. <@" + guild.member().id() + "> \u2014 2 of 2 right"), scores);
        assertTrue(scores.contains("<@" + guild.moderator().id() + "> \u2014 0 of 2 right (answered 1)"), scores);
        assertTrue(board.path("mentions").isEmpty(), "the scoreboard pings nobody");
        BotReplies.assertNothingMentions(discord.requests());
    }

    /** The right choice, found the way a student would: by asking Parley's store what the quiz expects. */
    private int rightChoice(String messageId, List<String> buttons) {
        for (int i = 0; i < 4; i++) {
            var click = org.parley.discord.reply.ButtonIds.parseQuizChoice(buttons.get(i))
                    .orElseThrow();
            var questions = new org.parley.quiz.QuizMaker(
                            engine.get().corpus(),
                            engine.get().facts(),
                            engine.get().lexicon())
                    .make(
                            org.parley.discord.command.ParleyCommands.MAX_QUIZ,
                            new java.util.SplittableRandom(click.quizId()));
            if (questions.get(click.question()).answer() == click.choice()) return i;
        }
        throw new AssertionError("no right choice on " + messageId);
    }

    // ---- faults ----

    @Test
    void withTheDatabaseUnavailableParleyStillAnswersAndSaysWhatItCouldNotRecord() throws Exception {
        startBot(settings().withThreads(true, false));
        database.close(); // every read and write now fails, as with a locked or vanished database

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        JsonNode answer = original(asked);
        String text = answer.toString();
        assertTrue(text.contains("Rafael Quintero"), "still answered: " + text);
        assertTrue(text.contains("I could not record this question"), "and says what it could not keep: " + text);
        assertTrue(
                BotReplies.customIds(answer).stream().noneMatch(id -> id.startsWith("ho:")),
                "no hand-off without a store");

        String up = BotReplies.customIds(answer).stream()
                .filter(id -> id.startsWith("fb+:"))
                .findFirst()
                .orElseThrow();
        JsonNode vote = reply(discord.buttonClick(
                guild.member().id(), guild.textChannel().id(), answer.get("id").asText(), up));
        assertTrue(vote.get("content").asText().contains("could not save your vote"), vote.toString());
        String context = BotReplies.customIds(answer).get(0);
        JsonNode shown = reply(discord.buttonClick(
                guild.member().id(), guild.textChannel().id(), answer.get("id").asText(), context));
        assertTrue(shown.toString().contains("Quintero"), "Show context needs no store: " + shown);
        BotReplies.assertNothingMentions(discord.requests());
    }

    // ---- stats and reload ----

    @Test
    void statsCountKnownTrafficAndExportACsv() throws Exception {
        startBot(settings());
        String channel = guild.textChannel().id();
        JsonNode answered =
                original(discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", QUESTION)));
        original(discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", UNANSWERABLE)));
        original(discord.slashCommand(guild.educator().id(), channel, "ask", Map.of("question", UNANSWERABLE + "  ")));
        String down = BotReplies.customIds(answered).stream()
                .filter(id -> id.startsWith("fb-:"))
                .findFirst()
                .orElseThrow();
        reply(discord.buttonClick(
                guild.member().id(), channel, answered.get("id").asText(), down));

        JsonNode refused = reply(discord.slashCommand(guild.member().id(), channel, "stats", Map.of()));
        assertTrue(refused.get("content").asText().contains("moderators"), refused.toString());

        var asked = discord.slashCommand(guild.moderator().id(), channel, "stats", Map.of("export", true));
        JsonNode stats = reply(asked);
        assertEquals(EPHEMERAL, stats.get("flags").asInt() & EPHEMERAL);
        String text = stats.get("embeds").get(0).toString();
        assertTrue(
                text.contains(
                        "**3** asked \u00B7 **1** answered from the articles (33%) \u00B7 \uD83D\uDC4D 0 \u00B7 \uD83D\uDC4E 1"),
                text);
        assertTrue(
                text.contains("What is the population of Mongolia? (2\u00D7)"), "refused twice, counted once: " + text);
        assertTrue(text.contains(QUESTION + " (1\u00D7)"), "voted down: " + text);
        String messageId = original(asked).get("id").asText();
        String name = stats.get("attachments").get(0).get("filename").asText();
        String csv = new String(discord.attachment(messageId, name).orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(4, csv.lines().count(), "a header and one row per question: " + csv);
        assertTrue(csv.lines().skip(1).anyMatch(l -> l.contains(QUESTION) && l.contains(",1,")), csv);
    }

    @Test
    void reloadPicksUpANewArticleWhileQuestionsKeepBeingAnswered() throws Exception {
        startBot(settings());
        String channel = guild.textChannel().id();
        Files.copy(Path.of("src/test/resources/corpus/oslo/oslo.md"), corpus.resolve("oslo.md"));
        Files.write(corpus.resolve("broken.txt"), new byte[] {(byte) 0xC3, 0x28, 0});

        JsonNode refused = reply(discord.slashCommand(guild.member().id(), channel, "reload", Map.of()));
        assertTrue(refused.get("content").asText().contains("moderators"), refused.toString());
        var reload = discord.slashCommand(guild.moderator().id(), channel, "reload", Map.of());
        List<FakeDiscord.InteractionDispatch> during = new ArrayList<>();
        // Five different wordings (a trailing number would be a number the sentence lacks, and may be refused).
        for (String question : List.of(
                QUESTION,
                "Who chaired the sessions then?",
                "Who chaired the sessions exactly?",
                "Who chaired those sessions?",
                "And who chaired the sessions?")) {
            during.add(discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", question)));
        }

        String report = reply(reload).get("embeds").get(0).get("description").asText();
        assertTrue(report.contains("**2** article(s)"), report);
        assertTrue(report.contains("Secret Oslo channel"), "the new article is named: " + report);
        assertTrue(report.contains("`broken.txt`: it is not UTF-8 text"), "the bad file is named: " + report);
        for (var d : during) assertTrue(reply(d).toString().contains("Rafael Quintero"), "answered during the reload");
        JsonNode villa = reply(discord.slashCommand(
                guild.moderator().id(), channel, "ask", Map.of("question", "Where was the rented villa?")));
        assertTrue(villa.toString().contains("Bygd\u00f8y"), villa.toString());
    }
}
