package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;
import org.parley.discord.fake.RecordedRequest;

/**
 * The token, read from a file named by DISCORD_TOKEN_FILE, never leaves the process except as the Authorization
 * header: the bot runs as its own process at DEBUG, answers, fails on purpose, and every log line and every request
 * it sent (bodies, paths, queries, headers other than Authorization) is searched for it.
 */
class ParleyBotSecretsTest {

    private static final String TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

    @TempDir
    Path dir;

    private Process bot;
    private BotProcesses processes;
    private FakeDiscord discord;

    @AfterEach
    void stop() {
        if (processes != null) processes.close();
        if (discord != null) discord.close();
    }

    @Test
    void theTokenFromAFileIsInNoLogLineAndNoMessage() throws Exception {
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withBotToken(TOKEN));
        FakeGuild guild = discord.guild();
        Path tokenFile = dir.resolve("discord-token");
        Files.writeString(tokenFile, TOKEN + "\n");
        processes = new BotProcesses(discord, dir);
        // DISCORD_TOKEN empty: the token comes only from the file.
        bot = processes.start(Map.of(
                "DISCORD_TOKEN",
                "",
                "DISCORD_TOKEN_FILE",
                tokenFile.toString(),
                "PARLEY_STORE_DIR",
                dir.resolve("store").toString(),
                "PARLEY_DISCORD_DEFER_AFTER_MS",
                "1500",
                "PARLEY_LOG_LEVEL",
                "DEBUG",
                "PARLEY_JDA_LOG_LEVEL",
                "DEBUG"));
        discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);

        String channel = guild.textChannel().id();
        // Answers, a refusal, help, an unknown button, and a request the server fails once with 502 (retried).
        discord.failNext("POST", "channels/.*/messages", 502, 0);
        for (var asked : List.of(
                discord.slashCommand(
                        guild.member().id(), channel, "ask", Map.of("question", "Who chaired the sessions?")),
                discord.slashCommand(
                        guild.member().id(), channel, "ask", Map.of("question", "What is the capital of Peru?")),
                discord.slashCommand(guild.member().id(), channel, "help", Map.of()))) {
            BotReplies.reply(discord, asked);
        }
        discord.messageCreate(
                guild.member().id(),
                channel,
                "<@" + guild.bot().id() + "> who chaired the sessions?",
                List.of(guild.bot().id()));
        discord.awaitRequest(r -> r.is("POST", "channels/{channel_id}/messages") && r.status() == 200, WAIT);

        bot.destroy(); // SIGTERM: the shutdown hook runs and logs too
        assertTrue(bot.waitFor(30, TimeUnit.SECONDS));

        String logged = processes.log(bot);
        assertTrue(
                logged.contains("Parley is on Discord"), "the bot logged in with the token from the file:\n" + logged);
        assertFalse(logged.contains(TOKEN), "the token must never be logged");
        assertFalse(logged.contains(TOKEN.substring(0, 24)), "not even its first part");
        List<RecordedRequest> sent = discord.requests();
        assertTrue(sent.size() > 10, "the bot talked to the server");
        for (RecordedRequest r : sent) {
            String visible = r.method() + " " + r.path() + "?" + r.query() + " " + r.body() + " " + r.headers();
            assertFalse(visible.contains(TOKEN), "the token must never be sent: " + r.summary());
        }
        assertEquals(
                0,
                sent.stream()
                        .filter(r ->
                                r.headers().getOrDefault("authorization", "").contains(TOKEN))
                        .count(),
                "FakeDiscord records the Authorization header redacted");
    }
}
