package org.parley.answer;

import java.util.List;

/** Renders an answer as Discord markdown: the lead, then numbered verbatim quotes with their citations. */
final class AnswerFormatter {

    String markdown(String lead, List<Citation> citations) {
        StringBuilder out = new StringBuilder(lead);
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            out.append("\n\n> **").append(i + 1).append(".** \u201C").append(Markdown.escape(c.quote())).append('\u201D');
            out.append("\n> ").append(source(c));
        }
        return out.toString();
    }

    /** "— *Title*, section “Heading”, paragraph 3 · <https://…>" */
    static String source(Citation c) {
        StringBuilder s = new StringBuilder("\u2014 *").append(Markdown.escape(c.title())).append("*, ");
        s.append(c.section().equals(org.parley.corpus.Section.LEAD) ? "lead" : "section \u201C" + Markdown.escape(c.section()) + "\u201D");
        s.append(", paragraph ").append(c.paragraph());
        c.url().ifPresent(u -> s.append(" \u00B7 <").append(u).append('>'));
        return s.toString();
    }
}
