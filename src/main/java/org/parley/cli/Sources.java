package org.parley.cli;

import java.util.List;
import org.parley.corpus.Article;
import org.parley.ui.Markdown;

/** The list of indexed articles, as /sources shows it. */
final class Sources {
    private Sources() {}

    static String markdown(List<Article> articles) {
        StringBuilder out = new StringBuilder("**Articles I answer from:**");
        for (Article a : articles) {
            out.append("\n\u2022 *").append(Markdown.escape(a.title())).append('*');
            a.outlet().ifPresent(o -> out.append(" \u2014 ").append(Markdown.escape(o)));
            a.date().ifPresent(d -> out.append(", ").append(d));
            a.url()
                    .filter(Markdown::isWebLink)
                    .ifPresent(u -> out.append(" \u00B7 <").append(u).append('>'));
        }
        return out.toString();
    }
}
