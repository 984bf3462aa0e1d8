package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.parley.discord.fake.GatewayFrame;
import org.parley.discord.fake.RecordedRequest;
import org.parley.store.Database;
import org.parley.store.Store;

/** Discord misbehaving: bursts of 429 and 5xx answers, and the gateway dropping while an answer is on its way. */
class ParleyBotFaultsTest {

    private static final String QUESTION = "Who chaired the sessions?";
    private static final String QUOTE = "The sessions were chaired by UN Special Envoy Rafael Quintero";

    @TempDir
    Path data;

    private FakeDiscord discord;
    private ServingEngine engine;
    private Database database;
    private ParleyBot bot;

    @BeforeEach
    void start() {
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        ParleyConfig config = loader.load();
        engine = ServingEngine.open(new EngineSettings(
                Path.of("src/test/resources/corpus/harbor"),
                Optional.empty(),
                Lexicon.load(loader, config),
                false,
                config.engine().maxCitations(),
                config.engine().maxQuestionChars()));
        discord = FakeDiscord.start();
        database = Database.openSqlite(data);
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

    private void startBot(Duration deferAfter) throws InterruptedException {
        BotSettings settings = BotSettings.basic(
                        discord.botToken(), Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl()))
                .withDeferAfter(deferAfter);
        bot = new ParleyBot(settings, engine, Store.over(database, Clock.systemUTC()), Clock.systemUTC(), 500);
        bot.start();
    }

    @Test
    void burstsOf429And5xxDelayButNeverLoseAnAnswer() throws Exception {
        startBot(Duration.ofMillis(1500));
        FakeGuild guild = discord.guild();
        // Mention replies: two rate limits, then two gateway errors from the server, then it works.
        discord.failNext("POST", "channels/\\d+/messages", 429, 0.2);
        discord.failNext("POST", "channels/\\d+/messages", 429, 0.2);
        discord.failNext("POST", "channels/\\d+/messages", 502, 0);
        discord.failNext("POST", "channels/\\d+/messages", 503, 0);

        var mention = discord.messageCreate(
                guild.member().id(),
                guild.textChannel().id(),
                "<@" + guild.bot().id() + "> " + QUESTION,
                List.of(guild.bot().id()));

        RecordedRequest answered =
                discord.awaitRequest(r -> r.is("POST", "channels/{channel_id}/messages") && r.status() == 200, WAIT);
        assertEquals(
                mention.messageId(),
                answered.body().get("message_reference").get("message_id").asText());
        assertTrue(answered.body().toString().contains(QUOTE));
        long failures = discord.requests().stream()
                .filter(r -> r.is("POST", "channels/{channel_id}/messages") && r.status() >= 429)
                .count();
        assertEquals(4, failures, "each fault was met and retried");

        // An interaction callback rate-limited twice is still acknowledged within Discord's 3 seconds.
        discord.failNext("POST", "interactions/\\d+/[^/]+/callback", 429, 0.3);
        discord.failNext("POST", "interactions/\\d+/[^/]+/callback", 429, 0.3);
        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        assertTrue(BotReplies.reply(discord, asked).toString().contains(QUOTE));
    }

    @Test
    void theGatewayDroppingDuringADeferredAnswerResumesAndTheAnswerStillLands() throws Exception {
        startBot(Duration.ZERO); // defer at once, so the answer is an edit that comes later
        FakeGuild guild = discord.guild();
        String session = discord.sessionId();
        // Hold the answer back: its edit is rate-limited for a second, during which the gateway drops.
        discord.failNext("PATCH", "webhooks/\\d+/[^/]+/messages/@original", 429, 1.0);

        var asked = discord.slashCommand(
                guild.member().id(), guild.textChannel().id(), "ask", Map.of("question", QUESTION));
        RecordedRequest deferred = BotReplies.callback(discord, asked);
        assertEquals(5, deferred.body().get("type").asInt(), "deferred first");
        discord.disconnect(4000); // an abnormal close: JDA resumes

        GatewayFrame resume = discord.awaitReceivedOp(GatewayFrame.OP_RESUME, WAIT);
        assertEquals(session, resume.data().get("session_id").asText());
        discord.awaitDispatchSent("RESUMED", WAIT);
        RecordedRequest edit = discord.awaitRequest(
                r -> r.is("PATCH", BotReplies.EDIT)
                        && r.status() == 200
                        && r.pathParam("interaction_token").equals(asked.token()),
                WAIT);
        assertTrue(edit.body().toString().contains(QUOTE), edit.body().toString());
        assertTrue(edit.receivedAt().isAfter(resume.at()), "the answer landed after the session resumed");
    }
}
