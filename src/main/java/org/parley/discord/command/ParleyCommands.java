package org.parley.discord.command;

import java.util.List;
import java.util.Optional;

import org.parley.answer.AnswerEngine;
import org.parley.answer.StandardQuestions;
import org.parley.discord.reply.AnswerReplies;
import org.parley.store.QaSessions;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The one list of Parley's slash commands: adding a command means adding it here. */
public final class ParleyCommands {

    private final List<SlashCommand> commands;

    public ParleyCommands(AnswerEngine engine, AnswerReplies answers, QaSessions sessions, int maxQuestionChars) {
        this.commands = List.of(
                new AskCommand(answers, maxQuestionChars),
                new FixedQuestionCommand("participants", StandardQuestions.PARTICIPANTS, answers),
                new FixedQuestionCommand("outcomes", StandardQuestions.OUTCOMES, answers),
                new FixedQuestionCommand("objections", StandardQuestions.OBJECTIONS, answers),
                new SummaryCommand(engine),
                new SourcesCommand(engine),
                new SessionCommand(sessions),
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
