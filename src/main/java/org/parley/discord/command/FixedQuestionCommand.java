package org.parley.discord.command;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.BotReply;

/**
 * A command that asks the engine one fixed question, e.g. {@code /participants}: the engine's list answers
 * already cite every item, so these stay as well sourced as {@code /ask}.
 */
public final class FixedQuestionCommand implements SlashCommand {

    private final String name;
    private final String question;
    private final AnswerReplies answers;

    public FixedQuestionCommand(String name, String question, AnswerReplies answers) {
        this.name = name;
        this.question = question;
        this.answers = answers;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define(name);
    }

    @Override
    public BotReply run(Invocation invocation) {
        return answers.ask(new AnswerReplies.Asking(
                question,
                false,
                invocation.guildId(),
                invocation.channelId(),
                invocation.userId(),
                "slash",
                java.util.List.of(),
                false));
    }
}
