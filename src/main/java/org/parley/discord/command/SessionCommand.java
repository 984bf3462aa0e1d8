package org.parley.discord.command;

import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Style;
import org.parley.store.Digest;
import org.parley.store.QaSessions;
import org.parley.ui.Markdown;

/**
 * {@code /session action:start|end}: educators run a Q&amp;A session in a channel; at the end Parley posts a
 * digest of what was asked, what the articles answered and what they did not. Running a session is for
 * those who hold Manage Messages there (teachers, moderators); asking stays open to everyone.
 */
public final class SessionCommand implements SlashCommand {

    static final String ACTION = "action";
    static final String START = "start";
    static final String END = "end";

    private final QaSessions sessions;

    public SessionCommand(QaSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("session")
                .addOptions(new OptionData(OptionType.STRING, ACTION, "start or end the session", true)
                        .addChoice("start", START)
                        .addChoice("end (posts the digest)", END));
    }

    @Override
    public boolean rateLimited() {
        return false;
    }

    @Override
    public boolean ephemeral(Invocation invocation) {
        return false;
    }

    @Override
    public BotReply run(Invocation invocation) {
        String channel = invocation.channelId();
        if (START.equals(invocation.string(ACTION))) {
            return note(
                    sessions.start(channel, invocation.userId())
                            ? "**Q&A session started.** Ask with `/ask` or by mentioning me; I'll keep track of every question "
                                    + "here until `/session action:end`, then post a digest."
                            : "A Q&A session is already running in this channel; `/session action:end` closes it.");
        }
        Optional<Digest> digest = sessions.end(channel);
        if (digest.isEmpty()) {
            return note("No Q&A session is running in this channel; `/session action:start` begins one.");
        }
        MessageEmbed embed = Style.embed(Style.Tone.DIGEST)
                .setTitle("Q&A session digest")
                .setDescription(
                        Limits.fit(digest.get().markdown(Markdown::escape), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setFooter("Parley \u00B7 answers quote the articles; ask again with /ask")
                .build();
        byte[] file = digest.get().file(Markdown::escape).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return BotReply.of(embed, java.util.List.of(), false)
                .withFiles(java.util.List.of(new BotReply.Attachment("digest.md", file)));
    }

    private static BotReply note(String text) {
        return new BotReply(text, java.util.List.of(), java.util.List.of(), false, false);
    }
}
