package org.parley.discord.command;

import java.awt.Color;
import java.util.List;

import org.parley.discord.reply.BotReply;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /help}: what Parley does and how to ask; only the asker sees it. */
public final class HelpCommand implements SlashCommand {

    static final String TEXT = """
            Parley answers questions about diplomatic talks **only** from the news articles it has read, and \
            quotes them word for word with the article, section and paragraph.

            `/ask question:` \u2014 ask anything, e.g. *Who objected, and why?* (add `private:True` to keep it to yourself)
            `/participants` \u2014 who took part
            `/outcomes` \u2014 what was agreed or decided
            `/objections` \u2014 who objected, and to what
            `/summary` \u2014 the talks in brief (`pin:True` pins it; needs Manage Messages)
            `/sources` \u2014 the articles Parley reads
            `/session action:start` \u2026 `/session action:end` \u2014 a Q&A session with a digest of what was asked (needs Manage Messages)
            You can also mention me with a question.

            Under an answer: **Show context** shows the paragraph around the first quote; \uD83D\uDC4D/\uD83D\uDC4E tell us if it helped.""";

    @Override
    public SlashCommandData definition() {
        return Commands.slash("help", "How to use Parley.");
    }

    @Override
    public boolean rateLimited() {
        return false;
    }

    @Override
    public boolean ephemeral(Invocation invocation) {
        return true;
    }

    @Override
    public BotReply run(Invocation invocation) {
        return BotReply.of(new EmbedBuilder().setTitle("Parley \u2014 help").setDescription(TEXT)
                .setColor(new Color(0x2B6CB0)).build(), List.of(), true);
    }
}
