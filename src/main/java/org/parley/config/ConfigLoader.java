package org.parley.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Entry point of the config package. Reads config/parley.yaml (falling back to the copy inside the jar),
 * then applies PARLEY_* environment overrides, and resolves relative paths against Parley's home folder.
 */
public final class ConfigLoader {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String SETTINGS = "config/parley.yaml";
    static final String PASSWORD = "PARLEY_STORE_PASSWORD";
    static final String PASSWORD_FILE = "PARLEY_STORE_PASSWORD_FILE";

    private final Path home;
    private final Function<String, String> env;

    public ConfigLoader(Path home, Function<String, String> env) {
        this.home = home;
        this.env = env;
    }

    /** The folder Parley runs from: the working directory when it holds config/ or index/, else the jar's project. */
    public static Path findHome() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve("config")) || Files.isDirectory(cwd.resolve("index"))) {
            return cwd;
        }
        try {
            Path jar = Path.of(ConfigLoader.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path project = jar.getParent() == null ? null : jar.getParent().getParent();
            if (project != null && Files.isDirectory(project.resolve("index"))) return project;
        } catch (Exception ignored) {
            // not run from a jar on disk: the working directory is the best guess
        }
        return cwd;
    }

    public Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : home.resolve(p);
    }

    /**
     * The bundled defaults, with config/parley.yaml laid over them (so a file that sets one key still has
     * every other), then PARLEY_* environment overrides, then range checks.
     */
    public ParleyConfig load() {
        ObjectNode tree = (ObjectNode) bundled(SETTINGS);
        JsonNode user = readYaml(SETTINGS);
        if (user != null && !user.isNull() && !user.isMissingNode()) {
            if (!user.isObject()) throw new ConfigException("config/parley.yaml must be a mapping of settings.");
            if (user.path("store").has("password")) {
                throw new ConfigException("store.password is not read from config/parley.yaml, which git tracks: set "
                        + PASSWORD + ", or " + PASSWORD_FILE + " to a file only Parley's user can read.");
            }
            merge(tree, (ObjectNode) user);
        }
        applyEnvironment(tree, "PARLEY");
        ParleyConfig config;
        try {
            config = YAML.treeToValue(tree, ParleyConfig.class);
        } catch (IOException e) {
            throw new ConfigException("A setting in config/parley.yaml or a PARLEY_* variable is not valid: "
                    + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage()
                            : e.getMessage()));
        }
        return validate(config);
    }

    /**
     * The store's PostgreSQL password: {@code PARLEY_STORE_PASSWORD}, else the contents of the file that
     * {@code PARLEY_STORE_PASSWORD_FILE} names (its line break dropped), else none. Never a setting in a file git
     * tracks, and never in a message: a file that cannot be read is named, its contents are not.
     */
    public Optional<String> storePassword() {
        String direct = env.apply(PASSWORD);
        if (direct != null && !direct.isEmpty()) return Optional.of(direct);
        String named = env.apply(PASSWORD_FILE);
        if (named == null || named.isBlank()) return Optional.empty();
        Path file = resolve(named.strip());
        String password;
        try {
            password = Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
        } catch (IOException e) {
            throw new ConfigException("Cannot read the store password file " + file + " (" + PASSWORD_FILE + "): "
                    + e.getClass().getSimpleName());
        }
        if (password.isEmpty())
            throw new ConfigException("The store password file " + file + " (" + PASSWORD_FILE + ") is empty.");
        return Optional.of(password);
    }

    private static ParleyConfig validate(ParleyConfig c) {
        require(
                c.engine().maxCitations() >= 1 && c.engine().maxCitations() <= 10,
                "engine.maxCitations must be 1 to 10");
        require(
                c.engine().maxQuestionChars() >= 20 && c.engine().maxQuestionChars() <= 6000,
                "engine.maxQuestionChars must be 20 to 6000");
        require(
                c.engine().answerThreshold() >= 0 && c.engine().answerThreshold() <= 1,
                "engine.answerThreshold must be 0 to 1");
        require(c.engine().warmUpMs() >= 0 && c.engine().warmUpMs() <= 60_000, "engine.warmUpMs must be 0 to 60000");
        require(
                c.discord().deferAfterMs() >= 0 && c.discord().deferAfterMs() <= 2500,
                "discord.deferAfterMs must be 0 to 2500 (Discord wants an acknowledgement within 3 s)");
        require(c.discord().shards() >= 1, "discord.shards must be at least 1");
        ShardRange.parse(c.discord().shardRange(), c.discord().shards());
        require(
                c.discord().cooldown().questions() >= 1
                        && c.discord().cooldown().seconds() >= 1,
                "discord.cooldown.questions and .seconds must be at least 1");
        require(
                c.store().url().isEmpty() || c.store().url().startsWith("jdbc:postgresql:"),
                "store.url must be empty (SQLite in store.dir) or a jdbc:postgresql: url");
        return c;
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new ConfigException(message);
    }

    /** Lays {@code over} onto {@code base}: objects merge key by key, anything else replaces. */
    private static void merge(ObjectNode base, ObjectNode over) {
        over.fields().forEachRemaining(e -> {
            JsonNode existing = base.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue().isObject()) {
                merge(target, (ObjectNode) e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    private static JsonNode bundled(String relative) {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(
                "/defaults/" + Path.of(relative).getFileName())) {
            if (in == null) throw new ConfigException("No default " + relative + " is bundled in the jar.");
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new ConfigException("The bundled " + relative + " is not valid YAML: " + e.getMessage());
        }
    }

    /** A YAML file from config/ under home, or the default shipped in the jar when there is none. */
    JsonNode readYaml(String relative) {
        Path file = resolve(relative);
        try {
            if (Files.isRegularFile(file)) {
                return YAML.readTree(file.toFile());
            }
            try (InputStream in = ConfigLoader.class.getResourceAsStream(
                    "/defaults/" + Path.of(relative).getFileName())) {
                if (in == null) throw new ConfigException("Missing " + relative + " and no default is bundled.");
                return YAML.readTree(in);
            }
        } catch (IOException e) {
            throw new ConfigException(relative + " is not valid YAML: " + e.getMessage());
        }
    }

    /** discord.restUrl is overridden by PARLEY_DISCORD_REST_URL; lists take comma-separated values. */
    private void applyEnvironment(ObjectNode node, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        var updates = new ArrayList<Map.Entry<String, JsonNode>>();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = prefix + "_" + upperSnake(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject()) {
                applyEnvironment((ObjectNode) value, name);
                continue;
            }
            String override = env.apply(name);
            if (override == null) continue;
            if (value.isArray()) {
                ArrayNode list = YAML.createArrayNode();
                for (String item : override.split(",")) if (!item.isBlank()) list.add(item.trim());
                updates.add(Map.entry(field.getKey(), list));
            } else {
                updates.add(Map.entry(field.getKey(), YAML.getNodeFactory().textNode(override)));
            }
        }
        updates.forEach(u -> node.set(u.getKey(), u.getValue()));
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
