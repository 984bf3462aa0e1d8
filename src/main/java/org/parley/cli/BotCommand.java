package org.parley.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.parley.answer.ServingEngine;
import org.parley.config.ParleyConfig;
import org.parley.discord.BotSettings;
import org.parley.discord.ParleyBot;
import org.parley.store.Database;
import org.parley.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Runs the Discord bot (needs DISCORD_TOKEN or config/token). The engine is loaded before logging in, so the
 * bot never shows up online without being able to answer; then it runs until the process is stopped.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, description = "Run the Discord bot.")
final class BotCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(BotCommand.class);

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    BotCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        Optional<String> token = launcher.discordToken();
        if (token.isEmpty()) {
            System.err.println("parley: set DISCORD_TOKEN (or write the token to config/token) to run the bot.");
            return 2;
        }
        ParleyConfig config = launcher.config();
        ServingEngine engine = ServingEngine.open(launcher.settings(corpus.get()));
        engine.warmUp();
        Database store = launcher.openStore();
        QuietJdaTeardown teardown = new QuietJdaTeardown();
        Thread.setDefaultUncaughtExceptionHandler(teardown);
        ParleyBot bot = new ParleyBot(
                BotSettings.from(config.discord(), token.get()),
                engine,
                Store.over(store, Clock.systemUTC()),
                Clock.systemUTC(),
                config.engine().maxQuestionChars());
        try {
            bot.start();
            teardown.running(true);
        } catch (InvalidTokenException e) {
            // One line, no stack trace, and never the token itself.
            System.err.println("parley: Discord rejected the token (check DISCORD_TOKEN or config/token).");
            closeQuietly(bot, engine, store);
            return 2;
        } catch (RuntimeException e) {
            System.err.println("parley: could not connect to Discord: " + Launcher.explain(e));
            closeQuietly(bot, engine, store);
            return 1;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            teardown.running(false);
                            log.info("Shutting down the Discord bot");
                            closeQuietly(bot, engine, store);
                        },
                        "parley-shutdown"));
        bot.awaitStop();
        return 0;
    }

    /**
     * When a login fails, JDA shuts its own threads down with interrupts, and one of them may die with an
     * uncaught "Unable to acquire lock while thread is interrupted!" whose stack trace would follow our one-line
     * message. Only while the bot is up is an uncaught exception news worth a stack trace.
     */
    static final class QuietJdaTeardown implements Thread.UncaughtExceptionHandler {
        private volatile boolean running;

        void running(boolean value) {
            running = value;
        }

        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            if (running) {
                log.error("Uncaught exception in thread {}", thread.getName(), error);
            } else {
                log.debug("Ignored while JDA was not running, in thread {}: {}", thread.getName(), error.toString());
            }
        }
    }

    private static void closeQuietly(ParleyBot bot, ServingEngine engine, Database store) {
        try {
            bot.close();
            engine.close();
            store.close();
        } catch (Exception e) {
            log.warn("Error while shutting down: {}", e.toString());
        }
    }
}
