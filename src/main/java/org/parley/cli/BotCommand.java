package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the Discord bot (needs DISCORD_TOKEN or config/token). */
@Command(name = "bot", mixinStandardHelpOptions = true, description = "Run the Discord bot.")
final class BotCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    BotCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        if (launcher.discordToken().isEmpty()) {
            System.err.println("parley: set DISCORD_TOKEN (or write the token to config/token) to run the bot.");
            return 2;
        }
        System.err.println("parley: the Discord bot is not wired in yet.");
        return 2;
    }
}
