package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parley.answer.AnswerEngine;
import org.parley.answer.AnswerModel;
import org.parley.answer.EngineSettings;
import org.parley.config.ConfigException;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.config.ParleyConfig;
import org.parley.corpus.CorpusException;
import org.parley.index.OnnxEmbedder;
import org.parley.store.Database;

/** The composition root: settings, lexicon and engine, built once per command from the environment. */
final class Launcher {

    private final Function<String, String> env;
    private final ConfigLoader loader;
    private ParleyConfig config;
    /** Every model this launcher started loading: each must be loaded before the process exits (see settle). */
    private final List<OnnxEmbedder> models = new ArrayList<>();

    Launcher(Function<String, String> env) {
        this.env = env;
        this.loader = new ConfigLoader(ConfigLoader.findHome(), env);
    }

    ParleyConfig config() {
        if (config == null) config = loader.load();
        return config;
    }

    ConfigLoader loader() {
        return loader;
    }

    /** The engine over the configured corpus, or over {@code corpusOverride} when given. */
    AnswerEngine engine(Optional<Path> corpusOverride) {
        // The answer model names the embedding model; that starts loading at once, on its own threads, while the
        // rest of the settings, the corpus, index and facts are read.
        AnswerModel answers = answerModel();
        OnnxEmbedder model = new OnnxEmbedder(answers.embedding());
        models.add(model);
        return AnswerEngine.open(
                settings(corpusOverride, answers, config().engine().answerThreshold()), model);
    }

    /** Waits for every model this launcher started to finish loading: exiting during a load crashes the JVM. */
    void settle() {
        models.forEach(OnnxEmbedder::awaitLoad);
    }

    EngineSettings settings(Optional<Path> corpusOverride) {
        return settings(corpusOverride, answerModel(), config().engine().answerThreshold());
    }

    /** The configured answer model file, or the one bundled in the jar. */
    private AnswerModel answerModel() {
        String modelFile = config().engine().model();
        return AnswerModel.load(modelFile == null || modelFile.isBlank() ? null : loader.resolve(modelFile));
    }

    /** The settings with another model and threshold (training, and scoring a model not yet shipped). */
    EngineSettings settings(Optional<Path> corpusOverride, AnswerModel model, double answerThreshold) {
        ParleyConfig c = config();
        Path configured = loader.resolve(c.corpus()).toAbsolutePath().normalize();
        Path corpus = corpusOverride.map(p -> p.toAbsolutePath().normalize()).orElse(configured);
        Path index = corpus.equals(configured)
                ? loader.resolve(c.index())
                : Path.of(System.getProperty("java.io.tmpdir"), "parley-index", shortHash(corpus.toString()));
        return new EngineSettings(
                corpus,
                Optional.of(index),
                Lexicon.load(loader, c),
                c.engine().semantic(),
                c.engine().maxCitations(),
                c.engine().maxQuestionChars(),
                model,
                answerThreshold);
    }

    /**
     * The store, opened (and migrated) once per command: PostgreSQL at {@code store.url} when it is set (as
     * {@code store.user}, with the password from the environment; writes wait in {@code store.dir} while the server
     * is away), else {@code parley.db} in {@code store.dir}.
     */
    Database openStore() {
        ParleyConfig.Store store = config().store();
        Path dir = loader.resolve(store.dir());
        if (store.url().isEmpty()) return Database.openSqlite(dir);
        return Database.open(
                store.url(),
                store.user().isEmpty() ? null : store.user(),
                loader.storePassword().orElse(null),
                dir);
    }

    /**
     * The bot token: {@code DISCORD_TOKEN}, else the file named by {@code DISCORD_TOKEN_FILE} (a mounted secret),
     * else the untracked file {@code config/token}. Never logged, never in an exception message.
     *
     * @throws ConfigException when DISCORD_TOKEN_FILE names a file that cannot be read or is empty: an operator who
     *                         set it meant it, so falling back silently would hide the mistake
     */
    Optional<String> discordToken() {
        String fromEnv = env.apply("DISCORD_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) return Optional.of(fromEnv.strip());
        String named = env.apply("DISCORD_TOKEN_FILE");
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named.strip());
            try {
                String t = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (t.isEmpty()) throw new ConfigException("DISCORD_TOKEN_FILE names " + file + ", which is empty.");
                return Optional.of(t);
            } catch (IOException e) {
                throw new ConfigException("DISCORD_TOKEN_FILE names " + file + ", which cannot be read ("
                        + e.getClass().getSimpleName() + ").");
            }
        }
        Path file = loader.resolve("config/token");
        try {
            if (Files.isRegularFile(file)) {
                String t = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!t.isEmpty()) return Optional.of(t);
            }
        } catch (IOException ignored) {
            // an unreadable config/token is the same as none
        }
        return Optional.empty();
    }

    /** A one-line explanation of a failure, for a person, without a stack trace. */
    static String explain(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && !(root instanceof CorpusException) && !(root instanceof ConfigException)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (Exception e) {
            return Integer.toHexString(s.hashCode());
        }
    }
}
