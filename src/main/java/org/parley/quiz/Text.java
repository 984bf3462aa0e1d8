package org.parley.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;

/** Text checks the question makers share: whole words, surnames, cutting at a word. */
final class Text {

    static final String ELLIPSIS = "\u2026";
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2014]");

    private Text() {}

    /** A pattern for {@code phrase} as whole words, ignoring case. */
    static Pattern word(String phrase) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean hasWord(String text, String phrase) {
        return !phrase.isBlank() && word(phrase).matcher(text).find();
    }

    /** [start, end) of each whole-word occurrence of {@code phrase}. */
    static List<int[]> spans(String text, String phrase) {
        List<int[]> out = new ArrayList<>();
        if (phrase.isBlank()) return out;
        Matcher m = word(phrase).matcher(text);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    /**
     * The clause holding [start, end) and the {@code following} clauses after it, clauses being split at
     * commas, semicolons, colons, brackets and dashes.
     */
    static String clauses(String text, int start, int end, int following) {
        int from = 0;
        int to = text.length();
        int after = 0;
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end && ++after > following) {
                to = m.start();
                break;
            }
        }
        return text.substring(from, to);
    }

    static String surname(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1];
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** At most {@code max} characters, cut after a whole word and marked with an ellipsis when cut. */
    static String cut(String s, int max) {
        if (s.length() <= max) return s;
        int at = s.lastIndexOf(' ', max - 1);
        if (at <= 0) at = max - 1;
        return s.substring(0, at).stripTrailing() + ELLIPSIS;
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** The lexicon's comparison form, so "U.S." and "US" are one choice. */
    static String key(String s) {
        return Lexicon.key(s);
    }
}
