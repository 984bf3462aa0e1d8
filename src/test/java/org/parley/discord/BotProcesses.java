package org.parley.discord;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.discord.fake.FakeDiscord;

/**
 * {@code parley bot} in JVMs of their own, configured the way an operator would: environment variables. Each
 * process answers on the harbor fixture corpus against a FakeDiscord and logs at INFO to a file of its own.
 */
final class BotProcesses implements AutoCloseable {

    private final FakeDiscord discord;
    private final Path logs;
    private final Map<Process, Path> started = new LinkedHashMap<>();

    BotProcesses(FakeDiscord discord, Path logs) {
        this.discord = discord;
        this.logs = logs;
    }

    /**
     * Starts {@code parley bot}.
     *
     * @param settings PARLEY_* variables on top of where Discord is, lexical matching and deferring at once
     */
    Process start(Map<String, String> settings) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = logs.resolve("bot-" + started.size() + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        // The product's logging (INFO for org.parley) rather than the tests' quiet one on the
                        // classpath.
                        "-Dlogback.configurationFile=" + productLogging(),
                        // SQLite's driver unpacks its native library into the temporary folder and deletes it at
                        // exit; the tests SIGKILL bots, which would leave a megabyte in /tmp each time.
                        "-Dorg.sqlite.tmpdir=" + logs.toAbsolutePath(),
                        "org.parley.cli.Main",
                        "bot",
                        "--corpus",
                        Path.of("src/test/resources/corpus/harbor")
                                .toAbsolutePath()
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DISCORD_TOKEN", discord.botToken());
        env.put("PARLEY_DISCORD_REST_URL", discord.restUrl());
        env.put("PARLEY_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("PARLEY_ENGINE_SEMANTIC", "false");
        env.put("PARLEY_DISCORD_DEFER_AFTER_MS", "0");
        env.putAll(settings);
        Process process = builder.start();
        started.put(process, log);
        return process;
    }

    /** What the process logged so far. */
    String log(Process process) throws IOException {
        return Files.readString(started.get(process), StandardCharsets.UTF_8);
    }

    /** Waits until the process has logged {@code line} (or a line containing it). */
    void awaitLog(Process process, String line, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log(process).contains(line)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError("The bot did not log '" + line + "' within " + timeout + ":\n" + log(process));
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        started.keySet().forEach(Process::destroyForcibly);
    }

    private static String productLogging() {
        try {
            return Path.of(BotProcesses.class.getResource("/logback.xml").toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
