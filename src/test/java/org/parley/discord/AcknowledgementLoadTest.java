package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.EngineSettings;
import org.parley.answer.ServingEngine;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.config.ParleyConfig;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;
import org.parley.discord.fake.RecordedRequest;
import org.parley.store.Database;
import org.parley.store.Store;

/**
 * The load benchmark: 200 {@code /ask} at once through the local Discord-compatible server, with the shipped engine
 * settings (semantic matching on). It prints p50/p99/max of the acknowledgement (reply or deferral reaching the
 * server) and of the answer; the only assertion on time is Discord's rule that every interaction is acknowledged
 * within 3 seconds (the server refuses later ones, as Discord does).
 */
class AcknowledgementLoadTest {

    private static final int QUESTIONS = 200;
    private static final Duration DISCORD_LIMIT = Duration.ofSeconds(3);
    private static final List<String> ASKED = List.of(
            "Who chaired the sessions?",
            "What did the accord agree?",
            "Who objected to the deal?",
            "When will the commission meet?",
            "What is the capital of Peru?");

    @TempDir
    Path data;

    @Test
    void twoHundredQuestionsAtOnceAreAllAcknowledgedWithinThreeSeconds() throws Exception {
        ConfigLoader loader = new ConfigLoader(Path.of("").toAbsolutePath(), name -> null);
        ParleyConfig config = loader.load();
        EngineSettings settings = new EngineSettings(
                Path.of("src/test/resources/corpus/harbor"),
                Optional.empty(),
                Lexicon.load(loader, config),
                config.engine().semantic(),
                config.engine().maxCitations(),
                config.engine().maxQuestionChars());
        try (FakeDiscord discord = FakeDiscord.start();
                ServingEngine engine = ServingEngine.open(settings);
                Database database = Database.openSqlite(data)) {
            FakeGuild guild = discord.guild();
            // The load is the point, not the per-user cooldown: five members ask forty questions each.
            BotSettings botSettings = BotSettings.basic(
                            discord.botToken(), Optional.of(discord.restUrl()), Optional.of(discord.gatewayUrl()))
                    .withCooldown(1_000, Duration.ofSeconds(1));
            try (ParleyBot bot = new ParleyBot(
                    botSettings,
                    engine,
                    Store.over(database, Clock.systemUTC()),
                    Clock.systemUTC(),
                    config.engine().maxQuestionChars())) {
                bot.start();
                engine.get().ask(ASKED.get(0)); // the JVM and the model warm, as in a running bot
                List<String> users = guild.members().stream()
                        .map(m -> m.user().id())
                        .filter(id -> !id.equals(guild.bot().id()))
                        .toList();

                List<FakeDiscord.InteractionDispatch> sent = new ArrayList<>();
                List<Instant> at = new ArrayList<>();
                for (int i = 0; i < QUESTIONS; i++) {
                    at.add(Instant.now());
                    sent.add(discord.slashCommand(
                            users.get(i % users.size()),
                            guild.textChannel().id(),
                            "ask",
                            Map.of("question", ASKED.get(i % ASKED.size()))));
                }

                System.out.printf(
                        "[load] dispatching %d interactions took %d ms%n",
                        QUESTIONS, Duration.between(at.get(0), Instant.now()).toMillis());
                List<Long> acks = new ArrayList<>();
                List<Long> answers = new ArrayList<>();
                for (int i = 0; i < QUESTIONS; i++) {
                    RecordedRequest ack = BotReplies.callback(discord, sent.get(i));
                    assertTrue(ack.status() / 100 == 2, "acknowledged in time: " + ack);
                    acks.add(Duration.between(at.get(i), ack.receivedAt()).toMillis());
                    Instant answered = ack.body().get("type").asInt() == 4
                            ? ack.receivedAt()
                            : edit(discord, sent.get(i)).receivedAt();
                    answers.add(Duration.between(at.get(i), answered).toMillis());
                }
                System.out.printf(
                        "[load] %d concurrent /ask (semantic=%s, %d workers): acknowledgement p50 %d ms, p99 %d ms,"
                                + " max %d ms; answer p50 %d ms, p99 %d ms, max %d ms%n",
                        QUESTIONS,
                        config.engine().semantic(),
                        ParleyBot.WORKERS,
                        pct(acks, 50),
                        pct(acks, 99),
                        pct(acks, 100),
                        pct(answers, 50),
                        pct(answers, 99),
                        pct(answers, 100));
                assertEquals(QUESTIONS, acks.size());
                assertTrue(pct(acks, 100) < DISCORD_LIMIT.toMillis(), "every acknowledgement within 3 s: " + acks);
            }
        }
    }

    private static RecordedRequest edit(FakeDiscord discord, FakeDiscord.InteractionDispatch dispatch) {
        return discord.awaitRequest(
                r -> r.is("PATCH", BotReplies.EDIT)
                        && r.pathParam("interaction_token").equals(dispatch.token()),
                BotReplies.WAIT);
    }

    private static long pct(List<Long> values, int percentile) {
        List<Long> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
