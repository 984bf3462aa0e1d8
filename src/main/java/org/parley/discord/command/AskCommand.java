package org.parley.discord.command;

import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.BotReply;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /ask question:<text> [private:<bool>]}: a free question, answered with cited quotes. */
public final class AskCommand implements SlashCommand {

    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final AnswerReplies answers;
    private final int maxQuestionChars;

    public AskCommand(AnswerReplies answers, int maxQuestionChars) {
        this.answers = answers;
        // Discord caps string options at 6,000 characters; the engine cuts longer text anyway.
        this.maxQuestionChars = Math.max(1, Math.min(maxQuestionChars, OptionData.MAX_STRING_OPTION_LENGTH));
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("ask")
                .addOptions(
                        new OptionData(OptionType.STRING, QUESTION, "What you want to know, e.g. Who objected, and why?", true)
                                .setMaxLength(maxQuestionChars),
                        new OptionData(OptionType.BOOLEAN, PRIVATE, "Show the answer only to you (default: no)", false));
    }

    @Override
    public boolean ephemeral(Invocation invocation) {
        return invocation.flag(PRIVATE);
    }

    @Override
    public BotReply run(Invocation invocation) {
        return answers.ask(invocation.string(QUESTION), ephemeral(invocation), invocation.channelId());
    }
}
