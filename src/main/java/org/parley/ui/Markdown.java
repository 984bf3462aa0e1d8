package org.parley.ui;

import java.util.regex.Pattern;

/** Discord markdown helpers: article text must read as text, never as formatting or a mention. */
public final class Markdown {

    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s<>]+");

    private Markdown() {}

    /** Escapes Discord's formatting characters and defuses @everyone/@here and mention syntax. */
    public static String escape(String text) {
        return rewrite(text, true);
    }

    /**
     * Defuses @everyone/@here and mention syntax but leaves formatting alone: for text Discord shows without
     * markdown (embed footers) and for a moderator's own formatted answer.
     */
    public static String defuse(String text) {
        return rewrite(text, false);
    }

    private static String rewrite(String text, boolean escapeFormatting) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Parentheses format only as a masked link's target, after "]", which is always escaped: left as they
            // are, "Churchill (replaced by Attlee)" reads the same in Discord, the console and the JSON answer.
            if (escapeFormatting
                    && "\\*_~`|>[]#-".indexOf(c) >= 0
                    && (c != '-' || isLineStart(text, i))
                    && (c != '#' || isLineStart(text, i))) {
                out.append('\\');
            }
            out.append(c);
            if (c == '@' || (c == '<' && i + 1 < text.length() && "@#:/".indexOf(text.charAt(i + 1)) >= 0)) {
                out.append('\u200B'); // a zero-width space breaks "@everyone", "<@123>" and "<#123>"
            }
        }
        return out.toString();
    }

    /**
     * Markdown the engine wrote (bold names, italic titles, escapes) back to plain text, for places that show it
     * escaped again (a hand-off quoting Parley's reply) or outside Discord.
     */
    public static String plain(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                out.append(markdown.charAt(++i));
            } else if (c == '\u200B') {
                continue;
            } else if (c != '*') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code url} may stand in markdown as a link: http(s) only, and no white space, '<' or '>' that would
     * end {@code <url>} early and turn the rest of an article's link into live markdown.
     */
    public static boolean isWebLink(String url) {
        return url != null && WEB_LINK.matcher(url).matches();
    }

    private static boolean isLineStart(String text, int i) {
        return i == 0 || text.charAt(i - 1) == '\n';
    }

    /** Cuts text to at most {@code max} characters, at a sentence or word boundary, ending with "…". */
    public static String cut(String text, int max) {
        if (text.length() <= max) return text;
        if (max <= 1) return max == 1 ? "\u2026" : ""; // no room for text beside the ellipsis
        int limit = max - 1;
        // Never keep half of a surrogate pair: a lone surrogate is not Unicode text.
        if (Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit))) limit--;
        String head = text.substring(0, limit);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf(".\n"), head.lastIndexOf("\n\n")));
        int cut = sentence > limit / 2 ? sentence + 1 : head.lastIndexOf(' ');
        if (cut < limit / 2) cut = limit;
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    /**
     * {@code transform} (escaping, say) of {@code raw}, cut at a sentence or word so the result has at most {@code max}
     * characters. Cuts before transforming, so a cut never splits an escape sequence; a transform may lengthen the
     * text, hence the loop.
     */
    public static String fit(String raw, int max, java.util.function.UnaryOperator<String> transform) {
        String source = raw == null ? "" : raw;
        int budget = max;
        while (true) {
            String candidate = transform.apply(cut(source, budget));
            if (candidate.length() <= max) return candidate;
            // Shrink in proportion to how much the transform lengthened the text (escaping can double it): taking
            // off only the overshoot could leave the budget at nothing.
            budget = Math.max(1, Math.min(budget - 1, (int) ((long) budget * max / candidate.length())));
            if (budget == 1) return transform.apply("\u2026").length() <= max ? "\u2026" : "";
        }
    }
}
