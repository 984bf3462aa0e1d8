package org.parley.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
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

    /**
     * "June 12" names no year: the article's own date gives the reader one, said as the article's date, not as the
     * text's ("June 12 (the article is dated 2031-06-12)").
     */
    private static String yearFrom(String when, Passage citation) {
        if (YEAR.matcher(when).find()) return "";
        return citation.article()
                .date()
                .map(d -> " (the article is dated " + d + ")")
                .orElse("");
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    public List<Part> parts(Facts facts) {
        Lines line = new Lines(escape, facts);
        List<Part> parts = new ArrayList<>();
        Meeting m = facts.meeting();
        List<String> meeting = new ArrayList<>();
        List<String> who = facts.participants().stream()
                .filter(Participant::present)
                .map(p -> person(line, p))
                .toList();
        meeting.add("**Who:** " + (who.isEmpty() ? "the articles do not say who attended" : String.join("; ", who)));
        m.where()
                .ifPresent(w -> meeting.add("**Where:** " + line.escape(w) + " "
                        + line.ref(m.whereCitation().orElseThrow())));
        m.when().ifPresent(w -> {
            // With no sentence dating the talks, the date is the article's own: when it appeared, not when they met.
            String when = m.whenCitation()
                    .map(c -> "**When:** " + line.escape(w) + yearFrom(w, c) + " " + line.ref(c))
                    .orElse("**When:** the text does not say; published " + line.escape(w));
            // Another article dates the talks to another day: two outlets that disagree, or a second day of talks.
            // Both days are shown, each with its sentence; which it is, the reader judges.
            if (!m.otherDates().isEmpty()) {
                when += (m.otherDates().size() == 1 ? " \u2014 another article gives " : " \u2014 other articles give ")
                        + String.join(
                                "; ",
                                m.otherDates().stream()
                                        .map(d -> line.escape(d.when()) + yearFrom(d.when(), d.citation()) + " "
                                                + line.ref(d.citation()))
                                        .toList());
            }
            meeting.add(when);
        });
        parts.add(new Part("The meeting", meeting));
        // A party is shown only where the outcome's own sentence says whose it is.
        parts.add(new Part(
                "Outcomes",
                facts.outcomes().stream()
                        .map(o -> "\u2022 " + (o.parties().isEmpty() ? "" : "**" + line.escape(o.party()) + "**: ")
                                + line.quote(o.text()) + " " + line.ref(o.citation()))
                        .toList()));
        List<String> objections = new ArrayList<>();
        facts.strongestObjections().values().forEach(o -> {
            // "**Ukraine** (Zelenskyy)", "**Jeffrey Donaldson**" where no side is named, "**Unattributed**" for neither
            String by = o.person().isEmpty() || o.party().isEmpty() ? "" : " (" + line.escape(o.person()) + ")";
            String voice = !o.party().isEmpty() ? o.party() : !o.person().isEmpty() ? o.person() : "Unattributed";
            objections.add("\u2022 **" + line.escape(voice) + "**" + by + ": " + line.quote(o.objection()) + " "
                    + line.ref(o.citation()));
        });
        parts.add(new Part("Objections", objections));
        parts.add(new Part(
                "Open questions",
                facts.openQuestions().stream()
                        .map(o -> "\u2022 " + line.quote(o.text()) + " " + line.ref(o.citation()))
                        .toList()));
        List<String> mentioned = facts.participants().stream()
                .filter(p -> !p.present())
                .map(p -> person(line, p))
                .toList();
        if (!mentioned.isEmpty()) parts.add(new Part("Also mentioned", List.of(String.join("; ", mentioned))));
        return parts;
    }

    public String markdown(Facts facts) {
        return markdown(parts(facts));
    }

    /** Headed parts as one Markdown text; an empty part says so. */
    static String markdown(List<Part> parts) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            out.append("**__").append(p.heading()).append("__**\n");
            if (p.lines().isEmpty()) out.append("_None reported._\n");
            p.lines().forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static String person(Lines line, Participant p) {
        return line.escape(p.name()) + line.roleAndSide(p.role(), p.side());
    }
}
