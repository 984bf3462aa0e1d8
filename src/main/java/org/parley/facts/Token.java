package org.parley.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word of a sentence with its character span; "U.S." and "J." stay whole, "’s" is split off. */
record Token(String text, int start, int end) {

    private static final Pattern WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:\\.\\p{L}[\\p{L}\\p{M}]*)*\\.?|\\p{N}+(?:[.,]\\p{N}+)*");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String t = m.group();
            int end = m.end();
            // A trailing period belongs to the word only for abbreviations and initials ("U.S.", "J."), not "Russia."
            if (t.endsWith(".") && !t.substring(0, t.length() - 1).contains(".") && t.length() > 2) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            tokens.add(new Token(t, m.start(), end));
        }
        return tokens;
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }
}
