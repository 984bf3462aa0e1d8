package org.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Top level: with no command, runs the Discord bot when a token is set and the console chat otherwise. */
@Command(
        name = "parley",
        mixinStandardHelpOptions = true,
        version = "Parley 0.1.0",
        description = "Answers questions about diplomatic talks in the news, with cited quotes.",
        subcommands = {
            AskCommand.class,
            ChatCommand.class,
            BotCommand.class,
            IndexCommand.class,
            FactsCommand.class,
            SummaryCommand.class,
            QuizCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        })
final class ParleyCommand implements Callable<Integer> {

    private final Launcher launcher;

    ParleyCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        if (launcher.discordToken().isPresent()) {
            return new BotCommand(launcher).call();
        }
        System.err.println(
                "No DISCORD_TOKEN set: starting the console chat. (Set DISCORD_TOKEN to run the Discord bot.)");
        return new ChatCommand(launcher).call();
    }
}
