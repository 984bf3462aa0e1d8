package org.parley.answer;

import java.util.List;

/**
 * Renders an answer as Discord markdown: the lead, then numbered verbatim quotes with their citations, within
 * one Discord message (2,000 characters); quotes that do not fit are counted, not cut mid-word.
 */
final class AnswerFormatter {

    static final int DISCORD_MESSAGE = 2000;
    private static final int NOTE_ROOM = 60;

    String markdown(String lead, List<Citation> citations) {
        StringBuilder out = new StringBuilder(Markdown.cut(lead, DISCORD_MESSAGE - NOTE_ROOM));
        int shown = 0;
        for (Citation c : citations) {
            String block =
                    "\n\n> **" + (shown + 1) + ".** \u201C" + Markdown.escape(c.quote()) + "\u201D\n> " + source(c);
            if (out.length() + block.length() > DISCORD_MESSAGE - NOTE_ROOM) break;
            out.append(block);
            shown++;
        }
        int left = citations.size() - shown;
        if (left > 0)
            out.append("\n-# ")
                    .append(left)
                    .append(left == 1 ? " more quote" : " more quotes")
                    .append(" did not fit here.");
        return out.toString();
    }

    /** "— *Title*, section “Heading”, paragraph 3 · <https://…>" */
    static String source(Citation c) {
        StringBuilder s =
                new StringBuilder("\u2014 *").append(Markdown.escape(c.title())).append("*, ");
        s.append(
                c.section().equals(org.parley.corpus.Section.LEAD)
                        ? "lead"
                        : "section \u201C" + Markdown.escape(c.section()) + "\u201D");
        s.append(", paragraph ").append(c.paragraph());
        c.url()
                .filter(Markdown::isWebLink)
                .ifPresent(u -> s.append(" \u00B7 <").append(u).append('>'));
        return s.toString();
    }
}
