package org.parley.ui;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.parley.corpus.Article;
import org.parley.facts.Facts;
import org.parley.facts.SummaryWriter;

/**
 * What to say when the words a member gave for an article ({@code /summary article:…}) fit none or several: the
 * same in Discord and in the console.
 */
public final class ArticleChoice {

    /** Titles listed when the words fit several articles. */
    private static final int TITLES_LISTED = 5;

    private ArticleChoice() {}

    /** One article's summary as the console prints it: its title, then the summary of its own facts. */
    public static String summary(Article article, Facts facts) {
        return "**Summary: " + Markdown.escape(article.title()) + "**\n"
                + new SummaryWriter(Markdown::escape).markdown(facts);
    }

    /** The note under a summary of several articles, which reads them as one meeting; {@code option} names one. */
    public static String readTogether(int articles, String option) {
        return "-# From " + articles + " articles, read together as one meeting; `" + option
                + "\u2026` summarises one of them.";
    }

    /** Null when the words name exactly one article; otherwise what to tell the member. */
    /**
     * @param listed where the member finds the articles' titles ("`/sources` lists the articles I read.")
     */
    public static String problem(String words, List<Article> found, UnaryOperator<String> escape, String listed) {
        String asked = "\u201C" + escape.apply(Markdown.cut(words.strip(), 100)) + "\u201D";
        if (found.isEmpty()) return "No article matches " + asked + ". " + listed;
        if (found.size() == 1) return null;
        return asked + " fits " + found.size() + " articles ("
                + found.stream()
                        .limit(TITLES_LISTED)
                        .map(a -> "*" + escape.apply(Markdown.cut(a.title(), 80)) + "* (`"
                                + Markdown.cut(a.id(), 60).replace("`", "'") + "`)")
                        .collect(Collectors.joining("; "))
                + (found.size() > TITLES_LISTED ? "; \u2026" : "")
                + "). Give more of one title, or the file name after it.";
    }
}
