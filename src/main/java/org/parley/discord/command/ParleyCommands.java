package org.parley.discord.command;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.ServingEngine;
import org.parley.answer.StandardQuestions;
import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.Conversations;
import org.parley.store.Store;

/**
 * The one list of Parley's slash commands: adding a command means adding it here (and its help line to the
 * {@link org.parley.ui.CommandCatalog}).
 */
public final class ParleyCommands {

    /** What the commands are built from. */
    public record Parts(
            ServingEngine engine,
            AnswerReplies answers,
            Conversations conversations,
            Store store,
            QuizCommand.Starter quizzes,
            Clock clock,
            int maxQuestionChars,
            boolean openThreads) {}

    /** Quiz length limits, shared with the quiz desk and the console. */
    public static final int MAX_QUIZ = org.parley.ui.CommandCatalog.MAX_QUIZ;

    public static final int DEFAULT_QUIZ = org.parley.ui.CommandCatalog.DEFAULT_QUIZ;

    private final List<SlashCommand> commands;

    public ParleyCommands(Parts parts) {
        this.commands = List.of(
                new AskCommand(parts.answers(), parts.conversations(), parts.maxQuestionChars(), parts.openThreads()),
                new CastCommand(parts.engine()),
                new FixedQuestionCommand("outcomes", StandardQuestions.OUTCOMES, parts.answers()),
                new FixedQuestionCommand("objections", StandardQuestions.OBJECTIONS, parts.answers()),
                new SummaryCommand(parts.engine()),
                new SourcesCommand(parts.engine()),
                new SessionCommand(parts.store().sessions()),
                new QuizCommand(parts.quizzes(), MAX_QUIZ, DEFAULT_QUIZ),
                new StatsCommand(parts.store().stats(), parts.clock()),
                new ReloadCommand(parts.engine()::reload),
                new HelpCommand());
    }

    public List<SlashCommand> all() {
        return commands;
    }

    public List<SlashCommandData> definitions() {
        return commands.stream().map(SlashCommand::definition).toList();
    }

    public Optional<SlashCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
