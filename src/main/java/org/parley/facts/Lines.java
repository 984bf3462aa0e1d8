package org.parley.facts;

import java.util.function.Function;
import org.parley.corpus.Passage;

/**
 * The pieces the summary and the cast write alike: a person's role and side, a quote, a citation. Markdown is
 * escaped by the caller's {@code escape}.
 */
final class Lines {

    private final Function<String, String> escape;
    /** With several articles, a paragraph number alone would not say which article it is in. */
    private final boolean severalArticles;

    Lines(Function<String, String> escape, Facts facts) {
        this.escape = escape;
        this.severalArticles = facts.bySentence().keySet().stream()
                        .map(k -> k.substring(0, k.indexOf('#')))
                        .distinct()
                        .count()
                > 1;
    }

    /** See {@link Participant#roleAndSide}. */
    String roleAndSide(String role, String side) {
        return Participant.roleAndSide(role, side, escape);
    }

    String quote(String text) {
        return "\u201C" + escape.apply(text) + "\u201D";
    }

    String escape(String text) {
        return escape.apply(text);
    }

    /** "[¶3]": the paragraph the line comes from; "[title ¶3]" when there are several articles. */
    String ref(Passage p) {
        String title = p.article().title();
        int cut = title.lastIndexOf(' ', 40);
        String shortTitle = title.length() > 40 ? title.substring(0, cut > 0 ? cut : 40) + "\u2026" : title;
        return "[" + (severalArticles ? escape.apply(shortTitle) + " " : "") + "\u00B6"
                + p.paragraph().number() + "]";
    }
}
