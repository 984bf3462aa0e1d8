package org.parley.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds whole-word occurrences of any phrase from a cue list, ignoring case. Public: the quiz reads the same cues. */
public final class CuePattern {

    private final Pattern pattern;
    /**
     * The lower-cased first word of every phrase, or null when a phrase does not start with plain ASCII letters. A
     * match starts where a word starts, and that word is the phrase's first word; a text holding none of these words
     * cannot match, and most sentences hold none, so they skip the long alternation.
     */
    private final Set<String> firstWords;

    private final int longestFirstWord;
    /** For each first letter a–z, a bit for each length a first word starting with it has: a test cheaper than the set's. */
    private final long[] lengthsByLetter = new long[26];

    public CuePattern(List<String> phrases) {
        if (phrases.isEmpty()) {
            pattern = null;
            firstWords = null;
            longestFirstWord = 0;
            return;
        }
        Set<String> first = new HashSet<>();
        for (String phrase : phrases) {
            int end = 0;
            while (end < phrase.length() && isAsciiLetter(phrase.charAt(end))) end++;
            boolean plain = end > 0 && (end == phrase.length() || !Character.isLetter(phrase.codePointAt(end)));
            if (!plain) {
                first = null;
                break;
            }
            first.add(phrase.substring(0, end).toLowerCase(Locale.ROOT));
        }
        firstWords = first;
        if (first != null) {
            for (String w : first) if (w.length() < 64) lengthsByLetter[w.charAt(0) - 'a'] |= 1L << w.length();
        }
        longestFirstWord = first == null
                ? 0
                : first.stream().mapToInt(String::length).max().orElse(0);
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"))
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile(
                "(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** [start, end) of every occurrence, left to right, not overlapping. */
    public List<int[]> find(CharSequence text) {
        List<int[]> spans = new ArrayList<>();
        scan(text, spans, false);
        return spans;
    }

    public boolean in(CharSequence text) {
        return scan(text, null, true);
    }

    /**
     * What {@code find()} over the whole text would find, trying the pattern only where a word starts that may begin
     * a phrase (a word with other than ASCII letters may: case-insensitive matching lets the Kelvin sign stand for k).
     */
    private boolean scan(CharSequence text, List<int[]> spans, boolean first) {
        if (pattern == null) return false;
        if (firstWords == null) {
            Matcher m = pattern.matcher(text);
            boolean any = false;
            while (m.find()) {
                if (first) return true;
                spans.add(new int[] {m.start(), m.end()});
                any = true;
            }
            return any;
        }
        Matcher m = null;
        boolean any = false;
        char[] word = new char[16];
        int i = 0, n = text.length(), free = 0; // free: where the last match ended
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80 ? !isAsciiLetter(c) : !Character.isLetter(Character.codePointAt(text, i))) {
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n) {
                c = text.charAt(i);
                if (c < 0x80) {
                    if (!isAsciiLetter(c)) break;
                    // >=, not ==: a letter outside ASCII before this one moved i on without filling word
                    if (i - start >= word.length)
                        word = java.util.Arrays.copyOf(word, Math.max(word.length * 2, i - start + 1));
                    word[i - start] = c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    i++;
                } else {
                    int cp = Character.codePointAt(text, i);
                    if (!Character.isLetter(cp)) break;
                    ascii = false;
                    i += Character.charCount(cp);
                }
            }
            int length = i - start;
            if (start < free
                    || ascii
                            && (length > longestFirstWord
                                    || length < 64 && (lengthsByLetter[word[0] - 'a'] & 1L << length) == 0
                                    || !firstWords.contains(new String(word, 0, length)))) {
                continue;
            }
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(start, n);
            if (m.lookingAt()) {
                if (first) return true;
                spans.add(new int[] {m.start(), m.end()});
                free = m.end();
                any = true;
            }
        }
        return any;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
