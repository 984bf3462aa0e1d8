package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parley.discord.fake.FakeDiscord;

/** {@code parley bot} with a token Discord rejects: one clear line, status 2, no stack trace, no token. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BotCommandTest {

    @TempDir
    Path store;

    @Test
    void rejectedTokenGivesOneLineAndStatusTwo() {
        String badToken = "definitely-not-the-token";
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, String> env = Map.of(
                    "DISCORD_TOKEN", badToken,
                    "PARLEY_DISCORD_REST_URL", discord.restUrl(),
                    "PARLEY_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                    "PARLEY_ENGINE_SEMANTIC", "false",
                    "PARLEY_STORE_DIR", store.toString());
            PrintStream originalErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try {
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                status = Main.commandLine(env::get).execute("bot", "--corpus", "src/test/resources/corpus/harbor");
            } finally {
                System.setErr(originalErr);
            }

            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, status, stderr);
            List<String> lines = stderr.lines().toList();
            assertEquals(1, lines.size(), stderr);
            assertTrue(lines.get(0).startsWith("parley: Discord rejected the token"), stderr);
            assertFalse(stderr.contains(badToken));
            assertEquals(
                    401,
                    discord.awaitRequest("GET", "users/@me", java.time.Duration.ofSeconds(5))
                            .status());
            assertEquals(List.of(), discord.gatewayConnectUrls(), "never connected with a rejected token");
            // Checked before JDA starts, so JDA's teardown cannot log anything after our line.
            assertEquals(
                    List.of("GET users/@me"),
                    discord.requests().stream().map(r -> r.summary()).toList());
        }
    }
}
