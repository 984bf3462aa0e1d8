package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.discord.BotReplies.WAIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.discord.fake.FakeDiscord;
import org.parley.discord.fake.FakeGuild;

/**
 * A Q&amp;A session survives the bot being killed with SIGKILL: the bot runs as its own process ({@code parley bot},
 * as users run it), answers two questions, is killed without warning, and a restarted bot ends the session with a
 * digest of both.
 */
class ParleyBotKillTest {

    @TempDir
    Path data;

    @AutoClose
    private FakeDiscord discord;

    @AutoClose
    private BotProcesses bots;

    @Test
    void aSessionKilledMidwayEndsWithEveryAcknowledgedQuestionInItsDigest() throws Exception {
        discord = FakeDiscord.start();
        bots = new BotProcesses(discord, data);
        FakeGuild guild = discord.guild();
        String channel = guild.textChannel().id();

        Process first = startBot();
        discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);
        JsonNode started = BotReplies.reply(
                discord, discord.slashCommand(guild.moderator().id(), channel, "session", Map.of("action", "start")));
        assertTrue(started.get("content").asText().contains("session started"), started.toString());
        for (String question : List.of("Who chaired the sessions?", "What is the boiling point of ethanol?")) {
            JsonNode answer = BotReplies.reply(
                    discord, discord.slashCommand(guild.member().id(), channel, "ask", Map.of("question", question)));
            assertTrue(answer.toString().contains(question), answer.toString());
        }

        first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, nothing but what was committed
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        int puts = discord.requests().stream()
                .filter(r -> r.is("PUT", "applications/{application_id}/commands"))
                .toList()
                .size();
        startBot();
        discord.awaitRequest(
                r -> r.is("PUT", "applications/{application_id}/commands")
                        && discord.requests().stream()
                                        .filter(x -> x.is("PUT", "applications/{application_id}/commands"))
                                        .count()
                                > puts,
                WAIT);
        var ended = discord.slashCommand(guild.moderator().id(), channel, "session", Map.of("action", "end"));
        JsonNode digest = BotReplies.reply(discord, ended);

        String text = digest.get("embeds").get(0).get("description").asText();
        assertTrue(text.contains("2 questions"), text);
        assertTrue(text.contains("Who chaired the sessions?"), text);
        assertTrue(text.contains("boiling point of ethanol"), text);
        String messageId = discord.originalResponse(ended.interactionId())
                .orElseThrow()
                .get("id")
                .asText();
        String file = new String(discord.attachment(messageId, "digest.md").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(file.contains("The sessions were chaired by UN Special Envoy Rafael Quintero"), file);
    }

    private Process startBot() throws Exception {
        return bots.start(Map.of("PARLEY_STORE_DIR", data.resolve("store").toString()));
    }
}
