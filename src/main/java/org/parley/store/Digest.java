package org.parley.store;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What was asked and answered in one Q&amp;A session. */
public record Digest(String channel, Instant started, Instant ended, List<Entry> entries) {

    public Digest {
        entries = List.copyOf(entries);
    }

    /** One question of the session, with the lead of Parley's answer and what it cited. */
    public record Entry(Instant at, String question, boolean answered, String lead, List<String> citations) {
        public Entry {
            citations = List.copyOf(citations);
        }
    }

    public long answeredCount() {
        return entries.stream().filter(Entry::answered).count();
    }

    /**
     * The digest as markdown: totals, then every question with its answer's lead, then what the articles
     * could not answer (worth following up in class), then the most cited passages.
     *
     * @param escape makes user text safe for where it is shown
     */
    public String markdown(Function<String, String> escape) {
        StringBuilder out = new StringBuilder();
        long minutes = Math.max(1, Duration.between(started, ended).toMinutes());
        out.append("**Q&A digest** \u2014 ").append(entries.size()).append(entries.size() == 1 ? " question" : " questions")
                .append(" in ").append(minutes).append(" min, ").append(answeredCount()).append(" answered from the articles.\n");
        if (entries.isEmpty()) return out.append("Nobody asked anything this time.").toString();
        out.append("\n**Asked and answered**\n");
        int n = 0;
        for (Entry e : entries) {
            if (!e.answered()) continue;
            out.append(++n).append(". ").append(escape.apply(e.question())).append(" \u2014 ").append(e.lead().lines().findFirst().orElse(""));
            if (!e.citations().isEmpty()) out.append(" [").append(escape.apply(e.citations().get(0))).append(']');
            out.append('\n');
        }
        List<Entry> open = entries.stream().filter(e -> !e.answered()).toList();
        if (!open.isEmpty()) {
            out.append("\n**Not covered by the articles**\n");
            open.forEach(e -> out.append("\u2022 ").append(escape.apply(e.question())).append('\n'));
        }
        Map<String, Integer> cited = new LinkedHashMap<>();
        entries.forEach(e -> e.citations().forEach(c -> cited.merge(c, 1, Integer::sum)));
        if (!cited.isEmpty()) {
            out.append("\n**Most cited**\n");
            cited.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                    .forEach(c -> out.append("\u2022 ").append(escape.apply(c.getKey())).append(" (").append(c.getValue()).append("\u00D7)\n"));
        }
        return out.toString().strip();
    }
}
