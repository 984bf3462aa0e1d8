package org.parley.config;

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
        ParleyConfig c = load(
                "engine:\n  maxCitations: 2\n",
                Map.of("PARLEY_DISCORD_REST_URL", "http://127.0.0.1:9/api/v10/", "PARLEY_DISCORD_GUILDS", "1,2"));
        assertEquals(2, c.engine().maxCitations());
        assertEquals(500, c.engine().maxQuestionChars(), "from the bundled defaults");
        assertEquals(1500, c.engine().warmUpMs(), "from the bundled defaults");
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
        ConfigException e =
                assertThrows(ConfigException.class, () -> load("discord:\n  deferAfterMs: 5000\n", Map.of()));
        assertTrue(e.getMessage().contains("deferAfterMs"), e.getMessage());
        assertThrows(ConfigException.class, () -> load("engine:\n  maxQuestionChars: -1\n", Map.of()));
        ConfigException warm =
                assertThrows(ConfigException.class, () -> load("", Map.of("PARLEY_ENGINE_WARM_UP_MS", "-5")));
        assertTrue(warm.getMessage().contains("engine.warmUpMs"), warm.getMessage());
        assertThrows(ConfigException.class, () -> load("- a list\n", Map.of()));
        ConfigException bad =
                assertThrows(ConfigException.class, () -> load("", Map.of("PARLEY_DISCORD_SHARDS", "many")));
        assertTrue(bad.getMessage().contains("PARLEY_"), bad.getMessage());
    }

    @Test
    void aShardRangeIsReadFromTheFileOrTheEnvironmentAndEmptyMeansAllShards() throws Exception {
        ParleyConfig fromFile = load("discord:\n  shards: 4\n  shardRange: \"2-3\"\n", Map.of());
        assertEquals(
                new ShardRange(2, 3),
                ShardRange.parse(
                        fromFile.discord().shardRange(), fromFile.discord().shards()));
        ParleyConfig fromEnv = load("", Map.of("PARLEY_DISCORD_SHARDS", "2", "PARLEY_DISCORD_SHARD_RANGE", "1"));
        assertEquals(
                new ShardRange(1, 1),
                ShardRange.parse(
                        fromEnv.discord().shardRange(), fromEnv.discord().shards()));
        ParleyConfig all = load("discord:\n  shards: 3\n", Map.of());
        assertEquals("", all.discord().shardRange());
        assertEquals(
                new ShardRange(0, 2),
                ShardRange.parse(all.discord().shardRange(), all.discord().shards()));
    }

    @Test
    void aShardRangeThatCannotBeRunIsExplained() {
        ConfigException beyond =
                assertThrows(ConfigException.class, () -> load("discord:\n  shards: 2\n  shardRange: 0-2\n", Map.of()));
        assertTrue(
                beyond.getMessage().contains("discord.shards is 2, so shards are numbered 0 to 1"),
                beyond.getMessage());
        ConfigException backwards = assertThrows(
                ConfigException.class,
                () -> load("", Map.of("PARLEY_DISCORD_SHARDS", "4", "PARLEY_DISCORD_SHARD_RANGE", "3-1")));
        assertTrue(backwards.getMessage().contains("write the lower shard first, e.g. 1-3"), backwards.getMessage());
        ConfigException garbled = assertThrows(
                ConfigException.class, () -> load("discord:\n  shards: 2\n  shardRange: first\n", Map.of()));
        assertTrue(garbled.getMessage().contains("like 0-1"), garbled.getMessage());
    }

    @Test
    void theStoreIsSqliteByDefaultAndPostgresqlWhenAUrlIsSet() throws Exception {
        ParleyConfig.Store sqlite = load("", Map.of()).store();
        assertEquals(new ParleyConfig.Store("data", "", ""), sqlite);
        ParleyConfig.Store postgres = load(
                        "store:\n  url: jdbc:postgresql://db:5432/parley\n", Map.of("PARLEY_STORE_USER", "bot"))
                .store();
        assertEquals(new ParleyConfig.Store("data", "jdbc:postgresql://db:5432/parley", "bot"), postgres);
        ConfigException mysql = assertThrows(
                ConfigException.class, () -> load("", Map.of("PARLEY_STORE_URL", "jdbc:mysql://db/parley")));
        assertTrue(mysql.getMessage().contains("store.url"), mysql.getMessage());
    }

    @Test
    void theStorePasswordComesFromTheEnvironmentOrAFileItNamesAndNeverFromTheSettingsFile() throws Exception {
        Files.writeString(home.resolve("db-password"), "s3cret-from-file\n");
        assertEquals(
                Optional.of("s3cret-from-env"),
                new ConfigLoader(
                                home,
                                Map.of(
                                        "PARLEY_STORE_PASSWORD",
                                        "s3cret-from-env",
                                        "PARLEY_STORE_PASSWORD_FILE",
                                        "db-password")::get)
                        .storePassword(),
                "the variable first");
        assertEquals(
                Optional.of("s3cret-from-file"),
                new ConfigLoader(home, Map.of("PARLEY_STORE_PASSWORD_FILE", "db-password")::get).storePassword(),
                "relative to Parley's home, without the line break");
        assertEquals(Optional.empty(), new ConfigLoader(home, Map.<String, String>of()::get).storePassword());

        ConfigException missing = assertThrows(
                ConfigException.class,
                () -> new ConfigLoader(home, Map.of("PARLEY_STORE_PASSWORD_FILE", "no-such-file")::get)
                        .storePassword());
        assertTrue(missing.getMessage().contains("no-such-file"), missing.getMessage());

        ConfigException tracked =
                assertThrows(ConfigException.class, () -> load("store:\n  password: s3cret-in-git\n", Map.of()));
        assertTrue(tracked.getMessage().contains("PARLEY_STORE_PASSWORD"), tracked.getMessage());
        assertFalse(tracked.getMessage().contains("s3cret-in-git"), tracked.getMessage());
        assertFalse(
                load("", Map.of("PARLEY_STORE_PASSWORD", "s3cret-from-env"))
                        .toString()
                        .contains("s3cret"),
                "the settings never hold it");
    }
}
