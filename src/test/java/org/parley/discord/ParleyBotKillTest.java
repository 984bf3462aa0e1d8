package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;


import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Q&amp;A session survives the bot being killed with SIGKILL: the bot runs as its own process ({@code parley bot},
 * as users run it), answers two questions, is killed without warning, and a restarted bot ends the session with a
 * digest of both.
 */
class ParleyBotKillTest {

    @TempDir
    Path data;

    private final List<Process> processes = new ArrayList<>();
    private FakeDiscord discord;

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        if (discord != null) discord.close();
    }

    @Test
    void aSessionKilledMidwayEndsWithEveryAcknowledgedQuestionInItsDigest() throws Exception {
        discord = FakeDiscord.start();
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();

        Process first = startBot();
        discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);
        JsonNode started = BotReplies.reply(discord, discord.slashCommand(guild.moderator().id(), channel, "session",
                Map.of("action", "start")));
        assertTrue(started.get("content").asText().contains("session started"), started.toString());
        for (String question : List.of("Who chaired the sessions?", "What is the boiling point of ethanol?")) {
            JsonNode answer = BotReplies.reply(discord, discord.slashCommand(guild.member().id(), channel, "ask",
                    Map.of("question", question)));
            assertTrue(answer.toString().contains(question), answer.toString());
        }

        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, nothing but what was committed
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        int puts = discord.requests().stream().filter(r -> r.is("PUT", "applications/{application_id}/commands")).toList().size();
        startBot();
        discord.awaitRequest(r -> r.is("PUT", "applications/{application_id}/commands")
                && discord.requests().stream().filter(x -> x.is("PUT", "applications/{application_id}/commands")).count() > puts, WAIT);
        var ended = discord.slashCommand(guild.moderator().id(), channel, "session", Map.of("action", "end"));
        JsonNode digest = BotReplies.reply(discord, ended);

        String text = digest.get("embeds").get(0).get("description").asText();
        assertTrue(text.contains("2 questions"), text);
        assertTrue(text.contains("Who chaired the sessions?"), text);
        assertTrue(text.contains("boiling point of ethanol"), text);
        String messageId = discord.originalResponse(ended.interactionId()).orElseThrow().get("id").asText();
        String file = new String(discord.attachment(messageId, "digest.md").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(file.contains("The sessions were chaired by UN Special Envoy Rafael Quintero"), file);
    }

    /** {@code parley bot} in a JVM of its own, configured the way an operator would: environment variables. */
    private Process startBot() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, "org.parley.cli.Main", "bot",
                "--corpus", Path.of("src/test/resources/corpus/harbor").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("bot-" + processes.size() + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("DISCORD_TOKEN", discord.botToken());
        env.put("PARLEY_DISCORD_REST_URL", discord.restUrl());
        env.put("PARLEY_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("PARLEY_STORE_DIR", data.resolve("store").toString());
        env.put("PARLEY_ENGINE_SEMANTIC", "false");
        env.put("PARLEY_DISCORD_DEFER_AFTER_MS", "0");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

}
