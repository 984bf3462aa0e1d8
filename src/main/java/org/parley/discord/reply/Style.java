package org.parley.discord.reply;

import java.awt.Color;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.parley.ui.Markdown;

/**
 * How Parley looks on Discord, defined once: the embed colours and the test a link must pass before it is shown.
 * Every embed starts from {@link #embed(Tone)} so a colour is never written twice.
 */
public final class Style {

    /** What an embed is about; each has its colour. */
    public enum Tone {
        /** An answer, a summary, the sources, help. */
        ANSWER(0x2B6CB0),
        /** Parley could not answer from the articles. */
        UNANSWERED(0x718096),
        /** A digest, a quiz scoreboard: the end of something an educator ran. */
        DIGEST(0x2F855A),
        /** A question handed to moderators, and their answer. */
        MODERATOR(0xB7791F),
        /** A quiz question. */
        QUIZ(0x6B46C1);

        private final Color color;

        Tone(int rgb) {
            this.color = new Color(rgb);
        }

        public Color color() {
            return color;
        }
    }

    /** Longest link shown; longer ones are dropped rather than cut (a cut link is a broken link). */
    public static final int MAX_LINK = 400;

    private Style() {}

    public static EmbedBuilder embed(Tone tone) {
        return new EmbedBuilder().setColor(tone.color());
    }

    /**
     * The link when it is safe to show in markdown or as an embed URL: http(s) only (no javascript: or discord
     * invites in disguise), nothing that would end a markdown link early (white space, '<', '>', ')'), and not too long.
     */
    public static Optional<String> webLink(String url) {
        return Markdown.isWebLink(url)
                        && !url.contains(")")
                        && url.length() <= Math.min(MAX_LINK, MessageEmbed.URL_MAX_LENGTH)
                ? Optional.of(url)
                : Optional.empty();
    }

    public static Optional<String> webLink(Optional<String> url) {
        return url.flatMap(Style::webLink);
    }
}
