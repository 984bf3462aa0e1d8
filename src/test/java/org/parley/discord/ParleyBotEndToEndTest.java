package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.AnswerEngine;
import org.parley.answer.EngineSettings;
import org.parley.answer.ServingEngine;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.config.ParleyConfig;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;
import org.parley.discord.fake.GatewayFrame;
import org.parley.discord.fake.RecordedRequest;
import org.parley.store.Database;
import org.parley.store.Feedback;
import org.parley.store.FeedbackStore;
import org.parley.store.QaSessions;
import org.parley.store.Store;
import org.parley.ui.CommandCatalog;
import org.parley.ui.CommandInfo;
import org.slf4j.LoggerFactory;

/**
 * The real bot ({@link ParleyBot} with a real engine over the Lakeport fixture article) against FakeDiscord on
 * 127.0.0.1: every test logs in afresh, and every message the bot sends must mention nobody.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParleyBotEndToEndTest {

    // Generous: an await only costs this long when it fails. JDA's websocket waits up to 10 s for a close reply
    // and spaces IDENTIFYs 5 s apart, so a loaded CI machine can need more than 10 s for a reconnect or shutdown.
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CALLBACK = "interactions/{interaction_id}/{interaction_token}/callback";
    private static final String EDIT = "webhooks/{application_id}/{interaction_token}/messages/{message_id}";
    private static final String QUESTION = "Who chaired the sessions?";
    /** Verbatim from src/test/resources/corpus/harbor/lakeport-water-accord.txt. */
    private static final String QUOTE = "The sessions were chaired by UN Special Envoy Rafael Quintero";

    private static final int EPHEMERAL = 64;

    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> routesCalled = new ConcurrentSkipListSet<>();
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private final List<Logger> capturedLoggers = new ArrayList<>();
    private AnswerEngine engine;
    private EngineSettings engineSettings;
    private ParleyConfig config;
    private EnumSet<Message.MentionType> jdaDefaultMentions;

    private FakeDiscord discord;
    private ParleyBot bot;
    private Database store;
    private FeedbackStore feedback;
    private QaSessions sessions;
    private MutableClock clock;

    @TempDir
    Path storeDir;

    @BeforeAll
    void openEngine() {
        jdaDefaultMentions = MessageRequest.getDefaultMentions();
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        config = loader.load();
        engineSettings = new EngineSettings(
                Path.of("src/test/resources/corpus/harbor"),
                Optional.empty(),
                Lexicon.load(loader, config),
                false,
                config.engine().maxCitations(),
                config.engine().maxQuestionChars());
        engine = AnswerEngine.open(engineSettings);
        // Everything Parley and JDA log goes through here too, to prove the token never shows up.
        logLines.start();
        for (String name : List.of("org.parley", "net.dv8tion")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.setLevel(Level.DEBUG);
            logger.setAdditive(false);
            logger.addAppender(logLines);
            capturedLoggers.add(logger);
        }
    }

    @AfterAll
    void closeEngine() throws Exception {
        engine.close();
        // Parley silences each message itself; it must leave JDA's process-wide defaults as it found them.
        assertEquals(jdaDefaultMentions, MessageRequest.getDefaultMentions());
        assertTrue(MessageRequest.isDefaultMentionRepliedUser());
        for (Logger logger : capturedLoggers) {
            logger.detachAppender(logLines);
            logger.setAdditive(true);
            logger.setLevel(null);
        }
        System.out.println("[parley-bot] REST routes called during the suite:\n  "
                + String.join("\n  ", new TreeSet<>(routesCalled)));
        List<String> leaking = logged().stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m != null && m.contains(FakeDiscord.DEFAULT_BOT_TOKEN))
                .toList();
        assertEquals(List.of(), leaking, "the token must never be logged");
        assertFalse(logged().isEmpty(), "the log capture should have seen JDA and Parley log lines");
    }

    @BeforeEach
    void startFakeDiscord() {
        discord = FakeDiscord.start();
        clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
        store = Database.openSqlite(storeDir);
        feedback = new FeedbackStore(store);
        sessions = new QaSessions(store, clock);
    }

    @AfterEach
    void stopEverything() {
        try {
            if (bot != null) bot.close();
            routesCalled.addAll(discord.routesCalled());
            assertEquals(List.of(), discord.unknownRequests(), "the bot called routes FakeDiscord does not know");
            assertNothingMentions(discord.requests());
        } finally {
            discord.close();
            store.close();
        }
    }

    // ---- login and commands ----

    @Test
    void logsInAndRegistersEveryCommandWithItsOptions() throws Exception {
        startBot(settings());

        RecordedRequest put = discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);
        assertEquals(200, put.status());
        List<JsonNode> commands = discord.registeredCommands(null);
        // Exactly the catalogue, in its order, with its descriptions: one list for /help, the console and Discord.
        assertEquals(
                CommandCatalog.all().stream().map(CommandInfo::name).toList(),
                commands.stream().map(c -> c.get("name").asText()).toList());
        for (JsonNode c : commands) {
            CommandInfo info = CommandCatalog.get(c.get("name").asText());
            assertEquals(info.summary(), c.get("description").asText());
            // Moderator commands are hidden from members without Manage Messages, and not offered in DMs.
            String permissions = c.path("default_member_permissions").asText("");
            assertEquals(
                    info.moderated() ? Long.toString(Permission.MESSAGE_MANAGE.getRawValue()) : "",
                    permissions,
                    c.get("name").asText());
        }
        JsonNode ask = commands.get(0).get("options");
        assertEquals("question", ask.get(0).get("name").asText());
        assertEquals(3, ask.get(0).get("type").asInt(), "STRING");
        assertTrue(ask.get(0).get("required").asBoolean());
        assertEquals(500, ask.get(0).get("max_length").asInt());
        assertFalse(ask.get(0).get("description").asText().isBlank());
        assertEquals("private", ask.get(1).get("name").asText());
        assertEquals(5, ask.get(1).get("type").asInt(), "BOOLEAN");
        JsonNode article = commands.get(4).get("options").get(0);
        assertEquals("article", article.get("name").asText());
        assertEquals(3, article.get("type").asInt(), "STRING");
        assertFalse(article.path("required").asBoolean());
        JsonNode pin = commands.get(4).get("options").get(1);
        assertEquals("pin", pin.get("name").asText());
        assertEquals(5, pin.get("type").asInt());
        assertEquals(discord.guild().bot().id(), bot.jda().getSelfUser().getId());
        // Intents: GUILDS (always) + GUILD_MESSAGES + DIRECT_MESSAGES; no privileged MESSAGE_CONTENT.
        int intents = discord.awaitReceivedOp(GatewayFrame.OP_IDENTIFY, WAIT)
                .data()
                .get("intents")
                .asInt();
        assertEquals(1 | (1 << 9) | (1 << 12), intents);
    }

    @Test
    void commandsGoToTheConfiguredGuildsOnly() throws Exception {
        startBot(settings().withGuilds(List.of(discord.guild().id())));

        discord.awaitRequest("PUT", "applications/{application_id}/guilds/{guild_id}/commands", WAIT);
        assertEquals(
                CommandCatalog.all().size(),
                discord.registeredCommands(discord.guild().id()).size());
        assertEquals(0, discord.registeredCommands(null).size());
    }

    @Test
    void wrongTokenFailsToStart() {
        bot = new ParleyBot(
                BotSettings.basic("not-the-token", Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl())),
                new ServingEngine(engineSettings, engine),
                Store.over(store, clock),
                clock,
                500);

        assertThrows(InvalidTokenException.class, bot::start);
        assertEquals(401, discord.awaitRequest("GET", "users/@me", WAIT).status());
        assertEquals(List.of(), discord.gatewayConnectUrls());
    }

    // ---- /session ----

    @Test
    void aModeratorRunsAQaSessionAndGetsADigestOfWhatWasAsked() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();

        JsonNode refused =
                reply(discord.slashCommand(guild.member().id(), channel, "session", Map.of("action", "start")));
        assertEquals(EPHEMERAL, refused.get("flags").asInt() & EPHEMERAL, "members cannot run sessions");

        JsonNode started =
                reply(discord.slashCommand(guild.moderator().id(), channel, "session", Map.of("action", "start")));
        assertTrue(started.get("content").asText().contains("session started"), started.toString());
        reply(discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", QUESTION)));
        reply(discord.slashCommand(
                guild.member().id(), channel, "ask", Map.of("question", "What is the boiling point of ethanol?")));
        reply(discord.slashCommand(
                guild.member().id(), channel, "ask", Map.of("question", "Who objected?", "private", true)));

        JsonNode digest = reply(
                        discord.slashCommand(guild.moderator().id(), channel, "session", Map.of("action", "end")))
                .get("embeds")
                .get(0);
        String text = digest.get("description").asText();
        assertTrue(text.contains("2 questions"), "private questions stay out of the digest: " + text);
        // Answered, or offered the closest passage (then listed apart): either way before what was not covered.
        int asked = text.indexOf(QUESTION);
        int notCovered = text.indexOf("Not covered by the articles");
        assertTrue(asked >= 0 && asked < notCovered, text);
        assertTrue(
                text.indexOf("boiling point of ethanol") > notCovered, "what the articles could not answer: " + text);
        assertNothingMentions(discord.requests());
    }

    // ---- /ask ----

    @Test
    void askIsAnsweredWithTheVerbatimQuoteAndButtons() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));

        RecordedRequest reply = callback(asked);
        assertEquals(4, reply.body().get("type").asInt());
        JsonNode embed = reply.body().get("data").get("embeds").get(0);
        assertTrue(embed.toString().contains(QUOTE), embed.toString());
        assertTrue(embed.get("fields").get(0).get("name").asText().startsWith("1. "), embed.toString());
        assertTrue(embed.get("footer").get("text").asText().startsWith("Source"));
        assertEquals(0, reply.body().get("data").path("flags").asInt() & EPHEMERAL, "a public answer");
        List<String> buttons = customIds(reply.body().get("data"));
        assertEquals(3, buttons.size(), buttons.toString());
        assertTrue(buttons.get(0).startsWith("ctx:"), buttons.toString());
        assertTrue(buttons.stream().allMatch(id -> id.length() <= 100));
    }

    @Test
    void privateAskIsEphemeral() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION, "private", true));

        RecordedRequest reply = callback(asked);
        assertEquals(EPHEMERAL, reply.body().get("data").get("flags").asInt() & EPHEMERAL);
    }

    @Test
    void slowAnswerIsDeferredThenEdited() throws Exception {
        startBot(settings().withDeferAfter(Duration.ZERO));
        FakeGuild guild = discord.guild();

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));

        assertEquals(5, callback(asked).body().get("type").asInt());
        RecordedRequest edit = discord.awaitRequest(
                r -> r.is("PATCH", EDIT) && r.pathParam("interaction_token").equals(asked.token()), WAIT);
        assertEquals("@original", edit.pathParam("message_id"));
        assertTrue(
                edit.body().get("embeds").toString().contains(QUOTE),
                edit.body().toString());
        assertEquals(0, edit.body().get("allowed_mentions").get("parse").size());
        JsonNode original = discord.originalResponse(asked.interactionId()).orElseThrow();
        assertTrue(original.get("embeds").toString().contains(QUOTE));
    }

    @Test
    void unanswerableQuestionGetsAPoliteReplyWithoutQuotes() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        var asked = discord.slashCommand(
                guild.member().id(),
                guild.textChannel().id(),
                "ask",
                Map.of("question", "What is the population of Mongolia?"));

        JsonNode embed = reply(asked).get("embeds").get(0);
        assertFalse(embed.has("fields") && embed.get("fields").size() > 0, embed.toString());
        assertFalse(embed.get("description").asText().isBlank());
    }

    @Test
    void trickyInputIsDefusedAndNeverRejected() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        String tricky = "@everyone <@" + guild.moderator().id() + "> **who** chaired\u0000 the `sessions`? ||spoiler||";

        var asked =
                discord.slashCommand(guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", tricky));
        var huge = discord.slashCommand(
                guild.owner().id(),
                guild.textChannel().id(),
                "ask",
                Map.of("question", "Who chaired the sessions? ".repeat(4000)));
        var empty = discord.slashCommand(
                guild.moderator().id(), guild.textChannel().id(), "ask", Map.of("question", "   "));

        JsonNode embed = reply(asked).get("embeds").get(0);
        String title = embed.get("title").asText();
        assertFalse(title.contains("@everyone"), title);
        assertFalse(title.contains("<@" + guild.moderator().id()), title);
        assertFalse(title.contains("\u0000"), title);
        reply(huge);
        assertTrue(reply(huge).get("embeds").get(0).get("title").asText().length() <= 256);
        assertFalse(reply(empty).get("embeds").isEmpty());
        for (var d : List.of(asked, huge, empty)) {
            assertEquals(
                    0,
                    discord.originalResponse(d.interactionId())
                            .orElseThrow()
                            .get("mentions")
                            .size());
            assertFalse(discord.originalResponse(d.interactionId())
                    .orElseThrow()
                    .get("mention_everyone")
                    .asBoolean());
        }
    }

    @Test
    void fixedQuestionCommandsAndSourcesAndHelpAnswer() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();

        var participants = discord.slashCommand(guild.member().id(), channel, "participants", Map.of());
        var outcomes = discord.slashCommand(guild.member().id(), channel, "outcomes", Map.of());
        var objections = discord.slashCommand(guild.member().id(), channel, "objections", Map.of());
        var sources = discord.slashCommand(guild.moderator().id(), channel, "sources", Map.of());
        var help = discord.slashCommand(guild.moderator().id(), channel, "help", Map.of());

        // The whole cast: present at the talks, and apart, everyone else the story names, with role and side.
        JsonNode cast = reply(participants).get("embeds").get(0).get("fields");
        assertEquals("Present at the talks", cast.get(0).get("name").asText());
        assertTrue(
                cast.get(0)
                        .get("value")
                        .asText()
                        .contains("**Rafael Quintero** \u2014 UN Special Envoy (United Nations)"),
                cast.toString());
        assertEquals("Also named in the story", cast.get(1).get("name").asText());
        assertTrue(
                cast.get(1).get("value").asText().contains("**Annika Lorn** \u2014 Norvalese President (Norvale)"),
                cast.toString());
        assertFalse(cast.get(0).get("value").asText().contains("Annika Lorn"), "the named are apart from the present");
        assertTrue(
                reply(outcomes).toString().contains("agreed on Thursday to share the waters of the Arven River"),
                reply(outcomes).toString());
        // The engine decides which objections it cites; the bot must show them as numbered quotes.
        JsonNode objectionQuotes = reply(objections).get("embeds").get(0).get("fields");
        assertTrue(
                objectionQuotes.size() >= 1
                        && objectionQuotes.get(0).get("name").asText().startsWith("1. "),
                reply(objections).toString());
        assertTrue(
                reply(sources).toString().contains("Lakeport")
                        || reply(sources).toString().contains("Norvale"),
                reply(sources).toString());
        assertEquals(EPHEMERAL, reply(help).get("flags").asInt() & EPHEMERAL);
    }

    // ---- mentions ----

    @Test
    void mentionIsAnsweredAsAReplyEvenAfterA429() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        discord.failNext("POST", "channels/\\d+/messages", 429, 0.2);

        var asked = discord.messageCreate(
                guild.member().id(),
                guild.secondTextChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));

        RecordedRequest reply =
                discord.awaitRequest(r -> r.is("POST", "channels/{channel_id}/messages") && r.status() == 200, WAIT);
        assertEquals(
                asked.messageId(),
                reply.body().get("message_reference").get("message_id").asText());
        assertTrue(
                reply.body().get("embeds").toString().contains(QUOTE),
                reply.body().toString());
        assertFalse(reply.body().get("allowed_mentions").get("replied_user").asBoolean());
        List<Integer> statuses = discord.requests().stream()
                .filter(r -> r.is("POST", "channels/{channel_id}/messages"))
                .map(RecordedRequest::status)
                .toList();
        assertEquals(List.of(429, 200), statuses, "JDA retries after the rate limit");
    }

    @Test
    void messagesWithoutAMentionAndBotMessagesAreIgnored() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        discord.messageCreate(guild.member().id(), guild.textChannel().id(), "who chaired the sessions?", List.of());
        discord.messageCreate(
                guild.bot().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> echo",
                List.of(guild.bot().id()));
        // A later mention is answered; had the earlier ones been answered, their replies would come first.
        var asked = discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));

        RecordedRequest reply = discord.awaitRequest("POST", "channels/{channel_id}/messages", WAIT);
        assertEquals(
                asked.messageId(),
                reply.body().get("message_reference").get("message_id").asText());
    }

    // ---- moderation ----

    @Test
    void moderatorCanPinTheSummary() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        var asked =
                discord.slashCommand(guild.moderator().id(), guild.textChannel().id(), "summary", Map.of("pin", true));

        assertTrue(reply(asked).get("embeds").get(0).get("fields").size() > 0);
        RecordedRequest pin = discord.awaitRequest("PUT", "channels/{channel_id}/messages/pins/{message_id}", WAIT);
        String messageId = discord.originalResponse(asked.interactionId())
                .orElseThrow()
                .get("id")
                .asText();
        assertEquals(messageId, pin.pathParam("message_id"));
        assertEquals(
                List.of(messageId),
                discord.pinnedMessages(guild.textChannel().id()).stream()
                        .map(m -> m.get("id").asText())
                        .toList());
    }

    @Test
    void deferredSummaryIsPinnedAfterTheEdit() throws Exception {
        startBot(settings().withDeferAfter(Duration.ZERO));
        FakeGuild guild = discord.guild();

        var asked =
                discord.slashCommand(guild.moderator().id(), guild.textChannel().id(), "summary", Map.of("pin", true));

        assertEquals(5, callback(asked).body().get("type").asInt());
        RecordedRequest edit = discord.awaitRequest(
                r -> r.is("PATCH", EDIT) && r.pathParam("interaction_token").equals(asked.token()), WAIT);
        assertTrue(
                edit.body().get("embeds").get(0).get("fields").size() > 0,
                edit.body().toString());
        RecordedRequest pin = discord.awaitRequest("PUT", "channels/{channel_id}/messages/pins/{message_id}", WAIT);
        assertEquals(
                discord.originalResponse(asked.interactionId())
                        .orElseThrow()
                        .get("id")
                        .asText(),
                pin.pathParam("message_id"));
    }

    @Test
    void memberWithoutManageMessagesIsPolitelyRefusedThePin() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();

        var asked =
                discord.slashCommand(guild.member().id(), guild.textChannel().id(), "summary", Map.of("pin", true));
        var plain =
                discord.slashCommand(guild.member().id(), guild.textChannel().id(), "summary", Map.of());

        JsonNode data = reply(asked);
        assertEquals(EPHEMERAL, data.get("flags").asInt() & EPHEMERAL);
        assertTrue(data.get("content").asText().contains("Manage Messages"), data.toString());
        assertTrue(reply(plain).get("embeds").get(0).has("fields"));
        assertEquals(List.of(), discord.pinnedMessages(guild.textChannel().id()));
        assertTrue(discord.requests().stream()
                .noneMatch(r -> r.route() != null && r.route().contains("pins")));
    }

    @Test
    void sixthQuestionInTheWindowIsRefusedUntilTheWindowSlides() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();

        for (int i = 0; i < 5; i++) {
            var ok = discord.slashCommand(guild.member().id(), channel, "sources", Map.of());
            assertFalse(reply(ok).has("content")
                    && reply(ok).get("content").asText().contains("quickly"));
        }
        var sixth = discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", QUESTION));
        var otherUser = discord.slashCommand(guild.moderator().id(), channel, "ask", Map.of("question", QUESTION));

        JsonNode refused = reply(sixth);
        assertEquals(EPHEMERAL, refused.get("flags").asInt() & EPHEMERAL);
        assertEquals(
                "You're asking quickly \u2014 please wait 30 seconds.",
                refused.get("content").asText());
        assertTrue(reply(otherUser).toString().contains(QUOTE), "the limit is per user");

        clock.advance(Duration.ofSeconds(31));
        var later = discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", QUESTION));
        assertTrue(reply(later).toString().contains(QUOTE));
    }

    @Test
    void channelsOutsideTheAllowListGetAPoliteRefusal() throws Exception {
        startBot(settings()
                .withAllowedChannels(Set.of(discord.guild().textChannel().id())));
        FakeGuild guild = discord.guild();

        var elsewhere = discord.slashCommand(
                guild.member().id(), guild.secondTextChannel().id(), "ask", Map.of("question", QUESTION));
        var allowed = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));

        JsonNode refused = reply(elsewhere);
        assertEquals(EPHEMERAL, refused.get("flags").asInt() & EPHEMERAL);
        assertEquals(ChannelPolicy.REFUSAL, refused.get("content").asText());
        assertTrue(reply(allowed).toString().contains(QUOTE));
    }

    @Test
    void engineFailureGetsAPoliteReplyWithAnErrorIdAndTheBotKeepsRunning() throws Exception {
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        AnswerEngine broken = AnswerEngine.open(new EngineSettings(
                Path.of("src/test/resources/corpus/harbor"),
                Optional.empty(),
                Lexicon.load(loader, config),
                false,
                3,
                500));
        broken.close(); // a closed index throws on every search: a real engine failure
        bot = new ParleyBot(
                settings(), new ServingEngine(engineSettings, broken), Store.over(store, clock), clock, 500);
        bot.start();
        FakeGuild guild = discord.guild();

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        var mention = discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));
        var help = discord.slashCommand(guild.member().id(), guild.textChannel().id(), "help", Map.of());

        String text = reply(asked).get("content").asText();
        assertTrue(text.startsWith("Sorry \u2014 something went wrong"), text);
        String errorId = text.replaceAll(".*error id `([0-9a-f]{8})`.*", "$1");
        assertEquals(8, errorId.length(), text);
        assertTrue(
                logged().stream().anyMatch(e -> e.getFormattedMessage().contains("Error " + errorId)),
                "the same id is logged");
        RecordedRequest reply = discord.awaitRequest("POST", "channels/{channel_id}/messages", WAIT);
        assertEquals(
                mention.messageId(),
                reply.body().get("message_reference").get("message_id").asText());
        assertTrue(reply.body().get("content").asText().contains("error id"));
        assertFalse(reply(help).get("embeds").isEmpty(), "still answering");
    }

    // ---- buttons ----

    @Test
    void showContextAndFeedbackButtonsWork() throws Exception {
        startBot(settings());
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();
        var asked = discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", QUESTION));
        List<String> buttons = customIds(reply(asked));
        String messageId = discord.originalResponse(asked.interactionId())
                .orElseThrow()
                .get("id")
                .asText();

        var context = discord.buttonClick(guild.moderator().id(), channel, messageId, buttons.get(0));
        JsonNode shown = reply(context);
        assertEquals(EPHEMERAL, shown.get("flags").asInt() & EPHEMERAL);
        String paragraph = shown.get("embeds").get(0).get("description").asText();
        assertTrue(paragraph.contains("Norvalese Foreign Minister Tomas Reinholt led"), paragraph);
        assertTrue(paragraph.contains("**" + QUOTE), "the quote is highlighted: " + paragraph);

        var thumbsUp = discord.buttonClick(guild.moderator().id(), channel, messageId, buttons.get(1));
        JsonNode thanks = reply(thumbsUp);
        assertEquals(EPHEMERAL, thanks.get("flags").asInt() & EPHEMERAL);
        assertTrue(thanks.get("content").asText().startsWith("Thanks for the feedback"));

        List<Feedback> votes = feedback.all();
        assertEquals(1, votes.size());
        Feedback vote = votes.get(0);
        assertEquals(QUESTION, vote.question());
        assertTrue(vote.helpful());
        assertFalse(vote.lead().isBlank());
        assertFalse(vote.citationKeys().isEmpty());
        assertTrue(vote.citationKeys().get(0).startsWith("lakeport-water-accord#"), vote.toString());
        assertEquals(FeedbackStore.hashUserId(guild.moderator().id()), vote.userHash());
        assertFalse(vote.toString().contains(guild.moderator().id()), "never the raw user id");
        assertEquals(clock.instant(), vote.timestamp());
    }

    // ---- gateway ----

    @Test
    void reconnectResumesTheSessionAndQuestionsStillGetAnswers() throws Exception {
        startBot(settings());
        String sessionId = discord.sessionId();

        discord.requestReconnect();

        assertEquals(
                sessionId,
                discord.awaitReceivedOp(GatewayFrame.OP_RESUME, WAIT)
                        .data()
                        .get("session_id")
                        .asText());
        discord.awaitDispatchSent("RESUMED", WAIT);
        FakeGuild guild = discord.guild();
        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        assertTrue(reply(asked).toString().contains(QUOTE));
        assertEquals(
                1,
                discord.gatewayReceived().stream()
                        .filter(f -> f.op() == GatewayFrame.OP_IDENTIFY)
                        .count(),
                "resumed, not re-identified");
    }

    @Test
    void twoShardsRunUnderAShardManager() throws Exception {
        BotSettings base = settings();
        startBot(base.withShards(2));

        discord.awaitRequest("GET", "gateway/bot", WAIT);
        List<String> shards = discord.gatewayReceived().stream()
                .filter(f -> f.op() == GatewayFrame.OP_IDENTIFY)
                .map(f -> f.data().get("shard").toString())
                .toList();
        assertEquals(List.of("[0,2]", "[1,2]"), shards);
        discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);
    }

    // ---- helpers ----

    /** AppenderBase appends under the appender's lock, so copy under it too; JDA logs from its own threads. */
    private List<ILoggingEvent> logged() {
        synchronized (logLines) {
            return List.copyOf(logLines.list);
        }
    }

    private BotSettings settings() {
        return BotSettings.basic(discord.botToken(), Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl()));
    }

    private void startBot(BotSettings settings) throws InterruptedException {
        bot = new ParleyBot(
                settings,
                new ServingEngine(engineSettings, engine),
                Store.over(store, clock),
                clock,
                config.engine().maxQuestionChars());
        bot.start();
    }

    private RecordedRequest callback(FakeDiscord.InteractionDispatch dispatch) {
        return BotReplies.callback(discord, dispatch);
    }

    private JsonNode reply(FakeDiscord.InteractionDispatch dispatch) {
        return BotReplies.reply(discord, dispatch);
    }

    private static List<String> customIds(JsonNode data) {
        return BotReplies.customIds(data);
    }

    private static void assertNothingMentions(List<RecordedRequest> requests) {
        BotReplies.assertNothingMentions(requests);
    }
}
