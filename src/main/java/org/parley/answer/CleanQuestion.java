package org.parley.answer;

import java.text.Normalizer;

/**
 * A question made safe to search: compatibility forms folded (full-width letters), markup (HTML, Discord's
 * mentions and formatting, links) and control and zero-width characters removed, white space folded, cut to a sane length.
 *
 * @param truncated whether the original was longer than the limit
 */
public record CleanQuestion(String text, boolean truncated) {

    /**
     * Control characters and every Unicode space or line separator: between words, so they become a space
     * ("Where", a next-line character, "were" is two words, not "Wherewere").
     */
    private static final String SEPARATOR = "[\\p{Cc}\\p{Z}]+";
    /** Format, private-use, unassigned, and lone surrogates (half a pair is not text): hidden inside words, so dropped. */
    private static final String INVISIBLE = "[\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]";

    /**
     * Discord's markup for a user, role or channel mention, a custom emoji or a timestamp ("<@123>", "<#456>",
     * "<:wave:789>", "<t:1700000000:R>"): no word of a question, and its digits would be searched as a number.
     */
    private static final String DISCORD_MARKUP = "<(?:@[!&]?|#)\\d+>|<a?:\\w+:\\d+>|<t:\\d+(?::[a-zA-Z])?>";

    /**
     * Discord's mass mentions ("@everyone", "@here"): addressed to a channel, not asked of the articles ("here" would
     * otherwise read as a place word).
     */
    private static final String MASS_MENTION = "(?<![\\w@])@(?:everyone|here)\\b";

    /**
     * An HTML tag pasted with a question ("<b>", "</i>", "<a href=…>"): markup, not words. Only the tags of text and
     * pages, so "stay <half and support >40%" keeps its words.
     */
    private static final String HTML_TAG = "(?i)</?(?:a|abbr|b|big|blockquote|body|br|center|cite|code|del|div|em|font"
            + "|h[1-6]|head|hr|html|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|script|small|span|strike|strong|style"
            + "|sub|sup|table|tbody|td|th|thead|title|tr|u|ul)"
            + "(?:\\s+[\\w:-]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>]+))?)*\\s*/?>";

    /**
     * A terminal's escape sequence, pasted with coloured text ("ESC[31m"): dropped whole, or "[31m" would be left
     * as a word once the escape character went.
     */
    private static final String TERMINAL_ESCAPE = "\u001B(?:\\[[0-?]*[ -/]*[@-~]|[ -/]*[0-~])";

    /**
     * Discord's inline formatting ("**Who** met", "__Riyadh__", "||spoiler||", "`code`", "~~struck~~"): the marks
     * only where a word starts or ends, so "dock_fees", "5*3" and "~40%" keep theirs. Left in, "**Who**" is no question word.
     */
    private static final String INLINE_MARKS =
            "(?<![\\p{L}\\p{N}])(?:[*_`]+|~~+|\\|\\|+)|(?:[*_`]+|~~+|\\|\\|+)(?![\\p{L}\\p{N}])";

    /**
     * A block quote or small-text mark opening a line as Discord writes them ("> ", ">>> ", "-# "). Not a heading's
     * "# ", which a question may mean ("# of countries that signed?").
     */
    private static final String BLOCK_MARK = "^(?:>{1,3}|-#)\\s+";

    /**
     * A link pasted with a question: its pieces ("https", "com") are no words of it, and every one would be unknown. It
     * ends at a bracket, so "(https://…)?" keeps its question mark.
     */
    private static final String LINK = "(?i)\\b(?:https?://|www\\.)[^\\s()\\[\\]<>]+";

    public static CleanQuestion of(String raw, int maxChars) {
        if (raw == null) return new CleanQuestion("", false);
        // NFKC: "Ｗｈｅｒｅ" typed full-width is "Where", as the index reads the articles.
        // Invisible characters go first: "@\u200Bhere", as Parley itself defuses it, is still a mass mention.
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC)
                .replaceAll(TERMINAL_ESCAPE, " ")
                .replaceAll(INVISIBLE, "")
                .replaceAll(DISCORD_MARKUP, " ")
                .replaceAll(MASS_MENTION, " ")
                .replaceAll(HTML_TAG, " ")
                .replaceAll(LINK, " ")
                .replaceAll(INLINE_MARKS, "")
                .replaceAll(SEPARATOR, " ")
                .strip()
                .replaceAll(BLOCK_MARK, "")
                .replaceAll(" +", " ")
                .strip();
        boolean truncated = text.length() > maxChars;
        if (truncated) {
            int cut = text.lastIndexOf(' ', maxChars);
            if (cut <= maxChars / 2) {
                // No space late enough: cut mid-word, but never between the halves of a surrogate pair.
                cut = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
            }
            text = text.substring(0, cut).strip();
        }
        return new CleanQuestion(text, truncated);
    }

    public boolean isEmpty() {
        return text.chars().noneMatch(Character::isLetterOrDigit);
    }
}
