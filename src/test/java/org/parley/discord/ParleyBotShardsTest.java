package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;
import org.parley.discord.fake.GatewayFrame;
import org.parley.store.AskedQuestion;
import org.parley.store.Database;
import org.parley.store.PostgresServer;
import org.parley.store.QuestionLog;

/**
 * One bot spread over two {@code parley bot} processes: {@code discord.shards=2}, one process on shard 0 and one on
 * shard 1, against one FakeDiscord with a guild on each shard and one PostgreSQL database (a real server the test
 * starts). Each answers in its own guild, both
 * record into the one database, and a process killed with SIGKILL loses no acknowledged question while the other
 * keeps answering.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ParleyBotShardsTest {

    private static final String ASK_COMMANDS = "applications/{application_id}/commands";

    /**
     * The store both processes share: their settings, and how the test opens it to look inside. SQLite in one
     * store.dir for now (WAL and the busy timeout make two processes safe).
     */
    private record SharedStore(Map<String, String> settings, Supplier<Database> opener) {
        static SharedStore sqlite(Path dir) {
            return new SharedStore(Map.of("PARLEY_STORE_DIR", dir.toString()), () -> Database.openSqlite(dir));
        }

        /** One PostgreSQL database for every process, as in production (each process keeps its own spool folder). */
        static SharedStore postgres(PostgresServer server, String url) {
            return new SharedStore(
                    Map.of(
                            "PARLEY_STORE_URL",
                            url,
                            "PARLEY_STORE_USER",
                            PostgresServer.USER,
                            "PARLEY_STORE_PASSWORD",
                            server.password()),
                    () -> Database.open(url, PostgresServer.USER, server.password()));
        }

        Database open() {
            return opener.get();
        }
    }

    @TempDir
    Path data;

    @AutoClose
    private FakeDiscord discord;

    @AutoClose
    private BotProcesses bots;

    @AutoClose
    private PostgresServer postgres;

    @Test
    void twoProcessesOnShardRangesAnswerTheirOwnGuildsIntoOneStoreAndAKillLosesNothing() throws Exception {
        postgres = PostgresServer.start();
        SharedStore store = SharedStore.postgres(postgres, postgres.createDatabase());
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withGuilds(2));
        bots = new BotProcesses(discord, data);
        FakeGuild first = discord.guilds().get(0);
        FakeGuild second = discord.guilds().get(1);
        assertEquals(List.of(0, 1), List.of(first.shardOf(2), second.shardOf(2)), "a guild on each shard");

        // Started together, so both also open (and migrate) the fresh store at once.
        Process zero = bots.start(withStoreDir(shards("0-0", store), "zero"));
        Process one = bots.start(withStoreDir(shards("1-1", store), "one"));
        bots.awaitLog(zero, "Parley is on Discord", WAIT);
        bots.awaitLog(one, "Parley is on Discord", WAIT);
        assertTrue(bots.log(zero).contains("This process runs shard(s) 0-0 of 2"), bots.log(zero));
        assertTrue(bots.log(one).contains("This process runs shard(s) 1-1 of 2"), bots.log(one));
        assertTrue(
                bots.log(one).contains("Global commands are registered by the process that runs shard 0"),
                bots.log(one));
        assertEquals(
                List.of("[0,2]", "[1,2]"),
                discord.gatewayReceived().stream()
                        .filter(f -> f.op() == GatewayFrame.OP_IDENTIFY)
                        .map(f -> f.data().get("shard").toString())
                        .sorted()
                        .toList(),
                "each process identified its own shard, once");
        assertEquals(
                1,
                discord.requests().stream()
                        .filter(r -> r.is("PUT", ASK_COMMANDS))
                        .count(),
                "global commands registered once, by the process on shard 0");

        String member = first.member().id();
        assertAnsweredOnShard(0, first, member, "Who chaired the sessions?");
        assertAnsweredOnShard(1, second, member, "What is the boiling point of ethanol?");
        assertAnsweredOnShard(1, second, member, "Who chaired the sessions?");

        one.destroyForcibly(); // SIGKILL right after an acknowledged answer: nothing but what was committed
        assertTrue(one.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, one.exitValue(), "killed by SIGKILL");
        awaitConnectedShards(List.of(0));
        assertThrows(
                IllegalStateException.class,
                () -> ask(second, member, "Anyone there?"),
                "the second guild's events went to the killed process's connection only");
        assertAnsweredOnShard(0, first, member, "Where did the talks take place?");
        assertTrue(zero.isAlive());

        try (Database db = store.open()) {
            QuestionLog questions = new QuestionLog(db, Clock.systemUTC());
            List<AskedQuestion> inFirst =
                    questions.recentInChannel(first.textChannel().id(), 10);
            List<AskedQuestion> inSecond =
                    questions.recentInChannel(second.textChannel().id(), 10);
            assertFalse(inFirst.isEmpty());
            assertFalse(inSecond.isEmpty());
            assertEquals(
                    List.of("Where did the talks take place?", "Who chaired the sessions?"),
                    inFirst.stream().map(AskedQuestion::question).toList(),
                    "newest first");
            assertEquals(
                    List.of("Who chaired the sessions?", "What is the boiling point of ethanol?"),
                    inSecond.stream().map(AskedQuestion::question).toList(),
                    "the killed process's, both of them");
            assertTrue(inFirst.stream().allMatch(q -> q.guildId().equals(first.id())), inFirst.toString());
            assertTrue(inSecond.stream().allMatch(q -> q.guildId().equals(second.id())), inSecond.toString());
        }
    }

    @Test
    void guildCommandsAreRegisteredByTheProcessThatRunsTheGuildsShard() throws Exception {
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withGuilds(2));
        bots = new BotProcesses(discord, data);
        FakeGuild onZero = discord.guilds().get(0);
        FakeGuild onOne = discord.guilds().get(1);
        Map<String, String> settings = shards("1-1", SharedStore.sqlite(data.resolve("store")));
        settings.put("PARLEY_DISCORD_GUILDS", onZero.id() + "," + onOne.id());

        Process one = bots.start(settings);
        bots.awaitLog(one, "Parley is on Discord", WAIT);

        List<String> registeredIn = discord.requests().stream()
                .filter(r -> r.is("PUT", "applications/{application_id}/guilds/{guild_id}/commands"))
                .map(r -> r.pathParam("guild_id"))
                .toList();
        assertEquals(List.of(onOne.id()), registeredIn, "the other guild is another process's to register");
        assertFalse(discord.registeredCommands(onOne.id()).isEmpty());
        assertTrue(discord.registeredCommands(onZero.id()).isEmpty());
        assertFalse(bots.log(one).contains("the bot is not in it"), bots.log(one));
    }

    private static Map<String, String> shards(String range, SharedStore store) {
        Map<String, String> settings = new HashMap<>(store.settings());
        settings.put("PARLEY_DISCORD_SHARDS", "2");
        settings.put("PARLEY_DISCORD_SHARD_RANGE", range);
        return settings;
    }

    /** Each process its own store.dir (the PostgreSQL spool is claimed by process id), as docs/OPERATIONS.md says. */
    private Map<String, String> withStoreDir(Map<String, String> settings, String process) {
        settings.putIfAbsent(
                "PARLEY_STORE_DIR", data.resolve("store-" + process).toString());
        return settings;
    }

    private FakeDiscord.InteractionDispatch ask(FakeGuild guild, String userId, String question) {
        return discord.slashCommand(userId, guild.textChannel().id(), "ask", Map.of("question", question));
    }

    /**
     * The bot answers {@code /ask}, and the interaction travelled on {@code shard}'s gateway connection: only the
     * process holding that connection learnt the interaction's token, so only it could have answered.
     */
    private void assertAnsweredOnShard(int shard, FakeGuild guild, String userId, String question) {
        FakeDiscord.InteractionDispatch asked = ask(guild, userId, question);
        JsonNode answer = BotReplies.reply(discord, asked);
        assertTrue(answer.toString().contains(question), answer.toString());
        List<Integer> carriedOn = discord.gatewaySent().stream()
                .filter(f -> "INTERACTION_CREATE".equals(f.type())
                        && f.data().get("id").asText().equals(asked.interactionId()))
                .map(GatewayFrame::shard)
                .toList();
        assertEquals(List.of(shard), carriedOn);
    }

    /** A killed process's socket is closed by the kernel; the server notices a moment later. */
    private void awaitConnectedShards(List<Integer> expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!discord.connectedShards().equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Connected shards " + discord.connectedShards() + ", expected " + expected);
            }
            Thread.sleep(50);
        }
    }
}
