package org.parley.discord.command;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Conversations;

/**
 * {@code /ask question:<text> [private:<bool>]}: a free question, answered with cited quotes. In a thread Parley
 * started it is a follow-up, read with the thread's earlier questions; in a channel, with {@code discord.threads},
 * the answer opens a thread for follow-ups.
 */
public final class AskCommand implements SlashCommand {

    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final AnswerReplies answers;
    private final Conversations conversations;
    private final int maxQuestionChars;
    private final boolean openThreads;

    public AskCommand(AnswerReplies answers, Conversations conversations, int maxQuestionChars, boolean openThreads) {
        this.answers = answers;
        this.conversations = conversations;
        // Discord caps string options at 6,000 characters; the engine cuts longer text anyway.
        this.maxQuestionChars = Math.max(1, Math.min(maxQuestionChars, OptionData.MAX_STRING_OPTION_LENGTH));
        this.openThreads = openThreads;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("ask")
                .addOptions(
                        new OptionData(
                                        OptionType.STRING,
                                        QUESTION,
                                        "What you want to know, e.g. Who objected, and why?",
                                        true)
                                .setMaxLength(maxQuestionChars),
                        new OptionData(
                                OptionType.BOOLEAN, PRIVATE, "Show the answer only to you (default: no)", false));
    }

    @Override
    public boolean ephemeral(Invocation invocation) {
        return invocation.flag(PRIVATE);
    }

    @Override
    public BotReply run(Invocation invocation) {
        boolean followUp = invocation.inParleyThread();
        return answers.ask(new AnswerReplies.Asking(
                invocation.string(QUESTION),
                ephemeral(invocation),
                invocation.guildId(),
                invocation.channelId(),
                invocation.userId(),
                followUp ? "thread" : "slash",
                followUp ? conversations.earlier(invocation.channelId()) : List.of(),
                openThreads && invocation.textChannel()));
    }
}
