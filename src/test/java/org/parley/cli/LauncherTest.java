package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.ConfigException;

/** Where the token comes from: the environment, a file named by DISCORD_TOKEN_FILE, or config/token. */
class LauncherTest {

    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-from-a-file";

    @TempDir
    Path dir;

    @Test
    void theEnvironmentWinsThenTheNamedFile() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\n");
        assertEquals(
                Optional.of("from-env"),
                new Launcher(Map.of("DISCORD_TOKEN", "from-env", "DISCORD_TOKEN_FILE", file.toString())::get)
                        .discordToken());
        assertEquals(
                Optional.of(TOKEN),
                new Launcher(Map.of("DISCORD_TOKEN_FILE", file.toString())::get).discordToken(),
                "read from the file, trailing newline dropped");
    }

    @Test
    void aNamedFileThatCannotBeUsedIsAClearErrorThatNeverShowsItsContent() throws Exception {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "  \n");
        ConfigException missing = assertThrows(
                ConfigException.class,
                () -> new Launcher(
                                Map.of("DISCORD_TOKEN_FILE", dir.resolve("nope").toString())::get)
                        .discordToken());
        assertTrue(missing.getMessage().contains("cannot be read"), missing.getMessage());
        ConfigException blank = assertThrows(
                ConfigException.class,
                () -> new Launcher(Map.of("DISCORD_TOKEN_FILE", empty.toString())::get).discordToken());
        assertTrue(blank.getMessage().contains("empty"), blank.getMessage());
        Path directory = dir.resolve("a-dir");
        Files.createDirectories(directory);
        ConfigException notAFile = assertThrows(
                ConfigException.class,
                () -> new Launcher(Map.of("DISCORD_TOKEN_FILE", directory.toString())::get).discordToken());
        assertFalse(notAFile.getMessage().contains(TOKEN));
    }
}
