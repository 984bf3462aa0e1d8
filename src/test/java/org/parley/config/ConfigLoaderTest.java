package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path home;

    private ParleyConfig load(String yaml, Map<String, String> env) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/parley.yaml"), yaml);
        return new ConfigLoader(home, env::get).load();
    }

    @Test
    void aPartialFileKeepsEveryOtherDefaultAndEnvironmentStillOverrides() throws Exception {
        ParleyConfig c = load("engine:\n  maxCitations: 2\n", Map.of("PARLEY_DISCORD_REST_URL", "http://127.0.0.1:9/api/v10/",
                "PARLEY_DISCORD_GUILDS", "1,2"));
        assertEquals(2, c.engine().maxCitations());
        assertEquals(500, c.engine().maxQuestionChars(), "from the bundled defaults");
        assertEquals("http://127.0.0.1:9/api/v10/", c.discord().restUrl());
        assertEquals(java.util.List.of("1", "2"), c.discord().guilds());
        assertEquals(5, c.discord().cooldown().questions());
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertEquals(3, load("", Map.of()).engine().maxCitations());
    }

    @Test
    void valuesOutOfRangeAreExplained() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load("discord:\n  deferAfterMs: 5000\n", Map.of()));
        assertTrue(e.getMessage().contains("deferAfterMs"), e.getMessage());
        assertThrows(ConfigException.class, () -> load("engine:\n  maxQuestionChars: -1\n", Map.of()));
        assertThrows(ConfigException.class, () -> load("- a list\n", Map.of()));
        ConfigException bad = assertThrows(ConfigException.class, () -> load("", Map.of("PARLEY_DISCORD_SHARDS", "many")));
        assertTrue(bad.getMessage().contains("PARLEY_"), bad.getMessage());
    }
}
