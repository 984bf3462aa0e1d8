package org.parley.discord.command;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Style;
import org.parley.ui.CommandCatalog;

/** {@code /help}: what Parley does and how to ask, written from the command catalogue; only the asker sees it. */
public final class HelpCommand implements PrivateCommand {

    static final String INTRO =
            "Parley answers questions about diplomatic talks **only** from the news articles it has "
                    + "read, and quotes them word for word with the article, section and paragraph.";
    static final String OUTRO = "You can also mention me with a question; in a thread I started, follow-up questions "
            + "can say *he* or *it*.\n\nUnder an answer: **Show context** shows the paragraph around the first quote; "
            + "\uD83D\uDC4D/\uD83D\uDC4E tell us if it helped; **Ask a moderator** passes a question I could not answer "
            + "to the moderators.";

    static String text() {
        return INTRO + "\n\n" + String.join("\n", CommandCatalog.helpLines(false, usage -> "`" + usage + "`")) + "\n\n"
                + OUTRO;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("help");
    }

    @Override
    public BotReply run(Invocation invocation) {
        return BotReply.of(
                Style.embed(Style.Tone.ANSWER)
                        .setTitle("Parley \u2014 help")
                        .setDescription(text())
                        .build(),
                List.of(),
                true);
    }
}
