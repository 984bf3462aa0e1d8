package org.parley.discord.command;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.BotReply;

/** {@code /quiz [questions:5]}: educators post a multiple-choice quiz built from the articles. */
public final class QuizCommand implements SlashCommand {

    static final String QUESTIONS = "questions";

    /** Starts a quiz in a channel and returns its first question (the Discord layer's quiz desk). */
    @FunctionalInterface
    public interface Starter {
        BotReply start(String channelId, String userId, long questions);
    }

    private final Starter quizzes;
    private final int max;
    private final int byDefault;

    public QuizCommand(Starter quizzes, int max, int byDefault) {
        this.quizzes = quizzes;
        this.max = max;
        this.byDefault = byDefault;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("quiz")
                .addOptions(new OptionData(
                                OptionType.INTEGER,
                                QUESTIONS,
                                "How many questions (1 to " + max + ", default " + byDefault + ")",
                                false)
                        .setRequiredRange(1, max));
    }

    @Override
    public boolean rateLimited() {
        return false;
    }

    @Override
    public BotReply run(Invocation invocation) {
        return quizzes.start(invocation.channelId(), invocation.userId(), invocation.number(QUESTIONS, byDefault));
    }
}
