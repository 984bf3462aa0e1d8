package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;

/**
 * How Discord reads text Parley wrote, checked independently of {@link Markdown}: which characters would format,
 * which would ping, and what a reader sees once the escapes are resolved.
 */
public final class MarkdownChecks {

    private MarkdownChecks() {}

    /**
     * Characters that format wherever they stand; '#' and '-' format only at the start of a line, and '(' only
     * after an unescaped ']' (a masked link), which this list already rules out.
     */
    private static final String ALWAYS_ACTIVE = "*_~`|[]>";

    private static final Pattern MENTION = Pattern.compile("<(?:@[!&]?|#)(\\d+)>");
    private static final Pattern COMMAND_MENTION = Pattern.compile("</[^<>\\n]+?:(\\d+)>");
    /** Link targets, {@code <https://…>} and {@code [text](https://…)}: shown as links, never read for mentions. */
    private static final Pattern LINK_TARGET =
            Pattern.compile("<https?://[^\\s<>\\\\]+>|(?<=\\]\\()https?://[^\\s)]+(?=\\))");

    /** Discord's escape rule: a backslash before anything but a letter, a digit or white space shows that character. */
    private static boolean escapable(char c) {
        return !(c < 128 && Character.isLetterOrDigit(c)) && !Character.isWhitespace(c);
    }

    /** What Discord shows for escaped text: each backslash escape resolved. */
    public static String unescape(String shown) {
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\\' && i + 1 < shown.length() && escapable(shown.charAt(i + 1))) c = shown.charAt(++i);
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text as a reader sees it: zero-width spaces (which Parley adds to break mentions) are invisible, and so is the
     * left-to-right mark JDA puts in a field whose value it trimmed to nothing (a quote of control characters).
     */
    public static String visible(String text) {
        return text.replace("\u200B", "").replace("\u200E", "");
    }

    /** No character of {@code shown} formats: every markdown character is escaped. */
    public static void assertInert(String shown) {
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\\' && i + 1 < shown.length() && escapable(shown.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean lineStart = i == 0 || shown.charAt(i - 1) == '\n';
            if (ALWAYS_ACTIVE.indexOf(c) >= 0 || lineStart && (c == '#' || c == '-')) {
                fail("unescaped '" + c + "' at " + i + " in: " + shown);
            }
        }
    }

    /**
     * Nothing in {@code text} would ping or link a user, role, channel or command, except Parley's own mentions of
     * {@code ownIds} (the asker, the moderator, a channel), which go out with mentions switched off.
     */
    public static void assertNoPings(String shown, Set<String> ownIds) {
        String text = LINK_TARGET.matcher(shown).replaceAll("");
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("@everyone"), () -> "@everyone survives in: " + text);
        assertFalse(lower.contains("@here"), () -> "@here survives in: " + text);
        for (Pattern p : List.of(MENTION, COMMAND_MENTION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String id = m.group(1);
                assertTrue(
                        ownIds.contains(id), () -> "mention " + m.group() + " from user or article text in: " + text);
            }
        }
    }

    /**
     * {@code shown} is {@code original} as escaped text (or a cut of it ending in "…"): inert, and once the escapes
     * are resolved the same characters a reader would see in the original.
     */
    public static void assertVerbatim(String shown, String original) {
        assertInert(shown);
        String seen = trimmed(visible(unescape(shown)));
        String source = trimmed(visible(original));
        if (seen.equals(source)) return;
        assertTrue(seen.endsWith("\u2026"), () -> "not verbatim and not cut: " + shown + "\n  original: " + original);
        String kept = trimmed(seen.substring(0, seen.length() - 1));
        assertTrue(source.startsWith(kept), () -> "a cut that is not a prefix: " + shown + "\n  original: " + original);
    }

    /** Without what JDA (for field names) and Discord trim at the ends: white space and control characters. */
    private static String trimmed(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) <= ' ' || Character.isWhitespace(s.charAt(from)))) from++;
        while (to > from && (s.charAt(to - 1) <= ' ' || Character.isWhitespace(s.charAt(to - 1)))) to--;
        return s.substring(from, to);
    }

    /**
     * Each citation's quote in an answer's markdown (as the console and {@code ask --json} show it) is its sentence,
     * escaped and whole, except a first quote that cannot fit whole, cut at a word; quotes that did not fit are
     * counted in a note.
     */
    public static void assertQuotesShown(String markdown, List<Citation> citations) {
        int from = 0;
        int shown = 0;
        for (Citation c : citations) {
            String open = "> **" + (shown + 1) + ".** \u201C";
            int start = markdown.indexOf(open, from);
            if (start < 0) break;
            start += open.length();
            int end = markdown.indexOf("\u201D\n> \u2014 *", start);
            assertTrue(end >= start, () -> "quote not closed in: " + markdown);
            String quote = markdown.substring(start, end);
            assertVerbatim(quote, c.quote());
            if (!visible(c.quote()).equals(visible(unescape(quote)))) {
                // Only a first quote too long for the message is cut: held whole, the reply would not fit.
                assertEquals(0, shown, () -> "a later quote cut rather than counted: " + markdown);
                int reply = markdown.indexOf("\n-# ", end);
                int wholeLength = (reply < 0 ? markdown.length() : reply)
                        - quote.length()
                        + Markdown.escape(c.quote()).length();
                assertTrue(
                        wholeLength > AnswerText.DISCORD_MESSAGE - AnswerText.NOTE_ROOM,
                        () -> "a quote cut though it fits whole (" + wholeLength + " characters): " + markdown);
            }
            from = end;
            shown++;
        }
        int left = citations.size() - shown;
        if (left > 0) assertTrue(markdown.contains(left + (left == 1 ? " more quote" : " more quotes")), markdown);
    }
}
