package org.parley.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regular-expression pieces built from the lexicon's word lists, for every package that matches its words. */
public final class WordPatterns {

    private WordPatterns() {}

    /**
     * {@code (?:said|asked)}: the words as literal alternatives, tried in the order given. An empty list matches
     * nothing: an empty alternation would match everywhere, so a list left out of a lexicon would match any text.
     */
    public static String anyOf(Collection<String> words) {
        return words.isEmpty()
                ? "(?!)"
                : words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** "may" → "May", "he" → "He": a lower-case word as it names a month or opens a sentence. */
    public static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    public static List<String> capitalised(Collection<String> words) {
        return words.stream().map(WordPatterns::capitalised).toList();
    }
}
