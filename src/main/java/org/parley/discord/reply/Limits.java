package org.parley.discord.reply;

import java.util.function.UnaryOperator;
import org.parley.ui.Markdown;

/** Fitting text into Discord's length limits without ever being rejected. */
public final class Limits {

    private Limits() {}

    /** Cuts at a sentence (or word) with "…" so the text has at most {@code max} characters. */
    public static String fit(String text, int max) {
        return Markdown.cut(text == null ? "" : text, max);
    }

    /**
     * Escapes {@code raw} for Discord markdown and fits it into {@code max} characters. Cuts before escaping so
     * a cut never splits an escape sequence; escaping may lengthen the text, hence the loop.
     */
    public static String fitEscaped(String raw, int max) {
        return fitAfter(raw, max, Markdown::escape);
    }

    /**
     * Defuses mentions in {@code raw} (formatting stays) and fits it into {@code max} characters: for embed footers
     * and a moderator's own markdown.
     */
    public static String fitDefused(String raw, int max) {
        return fitAfter(raw, max, Markdown::defuse);
    }

    static String fitAfter(String raw, int max, UnaryOperator<String> transform) {
        return Markdown.fit(raw, max, transform);
    }
}
