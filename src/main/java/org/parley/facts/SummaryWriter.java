package org.parley.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.corpus.Passage;

/**
 * Writes the structured summary moderators pin: the meeting (who, where, when), outcomes, objections and
 * open questions, each line with its citation. Markdown is escaped by the caller's {@code escape}.
 */
public final class SummaryWriter {

    /** One headed part of the summary. */
    public record Part(String heading, List<String> lines) {}

    private final Function<String, String> escape;

    public SummaryWriter(Function<String, String> escape) {
        this.escape = escape;
    }

    public List<Part> parts(Facts facts) {
        // With several articles, a paragraph number alone would not say which article it is in.
        boolean several = facts.bySentence().keySet().stream().map(k -> k.substring(0, k.indexOf('#'))).distinct().count() > 1;
        Function<Passage, String> ref = p -> ref(p, several);
        List<Part> parts = new ArrayList<>();
        Meeting m = facts.meeting();
        List<String> meeting = new ArrayList<>();
        List<String> who = facts.participants().stream().filter(Participant::present).map(this::person).toList();
        meeting.add("**Who:** " + (who.isEmpty() ? "the articles do not say who attended" : String.join("; ", who)));
        m.where().ifPresent(w -> meeting.add("**Where:** " + escape.apply(w) + " " + ref.apply(m.whereCitation().orElseThrow())));
        m.when().ifPresent(w -> meeting.add("**When:** " + escape.apply(w)));
        parts.add(new Part("The meeting", meeting));
        parts.add(new Part("Outcomes", facts.outcomes().stream()
                .map(o -> "\u2022 " + quote(o.text()) + " " + ref.apply(o.citation())).toList()));
        Map<String, List<Objection>> byParty = new LinkedHashMap<>();
        facts.objections().forEach(o -> byParty.computeIfAbsent(o.party().isEmpty() ? "Unattributed" : o.party(), k -> new ArrayList<>()).add(o));
        List<String> objections = new ArrayList<>();
        byParty.forEach((party, list) -> {
            Objection first = list.get(0);
            String by = first.person().isEmpty() ? "" : " (" + escape.apply(first.person()) + ")";
            objections.add("\u2022 **" + escape.apply(party) + "**" + by + ": " + quote(first.objection()) + " " + ref.apply(first.citation()));
        });
        parts.add(new Part("Objections", objections));
        parts.add(new Part("Open questions", facts.openQuestions().stream()
                .map(o -> "\u2022 " + quote(o.text()) + " " + ref.apply(o.citation())).toList()));
        List<String> mentioned = facts.participants().stream().filter(p -> !p.present()).map(this::person).toList();
        if (!mentioned.isEmpty()) parts.add(new Part("Also mentioned", List.of(String.join("; ", mentioned))));
        return parts;
    }

    public String markdown(Facts facts) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts(facts)) {
            out.append("**__").append(p.heading()).append("__**\n");
            if (p.lines().isEmpty()) out.append("_None reported._\n");
            p.lines().forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
        return out.toString().strip();
    }

    private String person(Participant p) {
        StringBuilder s = new StringBuilder(escape.apply(p.name()));
        if (!p.role().isEmpty() || !p.side().isEmpty()) {
            s.append(" \u2014 ").append(escape.apply(p.role().isEmpty() ? p.side() : p.role()));
            if (!p.role().isEmpty() && !p.side().isEmpty()) s.append(" (").append(escape.apply(p.side())).append(')');
        }
        return s.toString();
    }

    private String quote(String text) {
        return "\u201C" + escape.apply(text) + "\u201D";
    }

    /** "[¶3]": the paragraph the line comes from; "[title ¶3]" when there are several articles. */
    private String ref(Passage p, boolean multipleArticles) {
        String title = p.article().title();
        String shortTitle = title.length() > 40 ? title.substring(0, title.lastIndexOf(' ', 40) > 0 ? title.lastIndexOf(' ', 40) : 40) + "\u2026" : title;
        return "[" + (multipleArticles ? escape.apply(shortTitle) + " " : "") + "\u00B6" + p.paragraph().number() + "]";
    }
}
