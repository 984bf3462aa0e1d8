package org.parley.answer;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Where the words of a text are, found by one hand-written scanner that the truecaser and the speller share. */
final class WordSpans {

    private WordSpans() {}

    /**
     * The words of {@code text}: letters (and marks), with hyphens inside ("Tesh-Karim"); an apostrophe ends one
     * ("Lavrov" of "Lavrov's"). {@code spans[0]} is their count, then each word's start and end; {@code spans} is
     * returned, or a larger copy. Scanned by hand, as a regular expression over every sentence took most of the
     * truecaser's time at 100,000 sentences.
     */
    static int[] of(String text, int[] spans) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int from = i;
            i += Character.charCount(cp);
            while (i < text.length()) {
                int next = text.codePointAt(i);
                if (Character.isLetter(next) || isMark(next)) {
                    i += Character.charCount(next);
                } else if (next == '-' && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (2 + 2 * count >= spans.length) spans = Arrays.copyOf(spans, spans.length * 2);
            spans[1 + 2 * count] = from;
            spans[2 + 2 * count] = i;
            count++;
        }
        spans[0] = count;
        return spans;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * {@code text} with each word {@code replacement} gives another for (null keeps it); {@code text} itself when it
     * gives none.
     */
    static String replace(String text, UnaryOperator<String> replacement) {
        StringBuilder out = null;
        int copied = 0;
        int[] spans = of(text, new int[16]);
        for (int i = 0; i < spans[0]; i++) {
            int from = spans[1 + 2 * i], to = spans[2 + 2 * i];
            String other = replacement.apply(text.substring(from, to));
            if (other == null) continue;
            if (out == null) out = new StringBuilder(text.length());
            out.append(text, copied, from).append(other);
            copied = to;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
