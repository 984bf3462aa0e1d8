package org.parley.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;

/** What was asked and answered in one Q&amp;A session. */
public record Digest(String channel, Instant started, Instant ended, List<Entry> entries) {

    /** The short digest stops listing questions past this, so it usually fits a 4,096-character embed. */
    static final int MARKDOWN_BUDGET = 3_300;

    private static final int SHORT_QUESTION = 200;
    private static final int SHORT_QUOTE = 240;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public Digest {
        entries = List.copyOf(entries);
    }

    /**
     * One question of the session: Parley's lead, its first verbatim quote ("" when refused, and for sessions
     * recorded before quotes were kept) and every passage it cited, as "Title, paragraph n".
     */
    public record Entry(
            Instant at, String question, boolean answered, String lead, String firstQuote, List<String> citations) {
        public Entry {
            citations = List.copyOf(citations);
        }

        /**
         * Answered with only the closest passage ("This may not answer your question. …"): the lead as recorded
         * says so, as {@link Stats} reads it.
         */
        public boolean tentative() {
            return answered && lead.startsWith(AnswerText.CLOSEST_OPENING);
        }

        /** Not searched: too few words to search with ("Why?" with nothing before it), so Parley asked for more. */
        public boolean tooVague() {
            return !answered && lead.startsWith(AnswerText.VAGUE_OPENING);
        }

        /** Refused because the articles do not say. */
        public boolean notCovered() {
            return !answered && !tooVague();
        }

        /** Answered, and likely by its first quote. */
        public boolean answeredWell() {
            return answered && !tentative();
        }
    }

    /** Questions answered from the articles, not counting those offered only the closest passage. */
    public long answeredCount() {
        return entries.stream().filter(Entry::answeredWell).count();
    }

    public long tentativeCount() {
        return entries.stream().filter(Entry::tentative).count();
    }

    /** ", 2 with only a closest passage" when any were. */
    private String tentativeNote() {
        long n = tentativeCount();
        return n == 0 ? "" : ", " + n + " with only a closest passage";
    }

    /**
     * The digest for a chat message: totals, every answered question with its first quote and where it stands,
     * what the articles could not answer (worth following up in class), and the most cited passages. Past
     * {@link #MARKDOWN_BUDGET} characters the lists say how many more there are; {@link #file} has them all.
     *
     * @param escape makes user and article text safe for where it is shown
     */
    public String markdown(Function<String, String> escape) {
        StringBuilder out = new StringBuilder();
        long minutes = Math.max(1, Duration.between(started, ended).toMinutes());
        out.append("**Q&A digest** \u2014 ")
                .append(questions(entries.size()))
                .append(" in ")
                .append(minutes)
                .append(" min, ")
                .append(answeredCount())
                .append(" answered from the articles")
                .append(tentativeNote())
                .append(".\n");
        if (entries.isEmpty())
            return out.append("Nobody asked anything this time.").toString();
        List<String> answered = new ArrayList<>();
        List<String> tentative = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        for (Entry e : entries) {
            String question = escape.apply(Markdown.cut(oneLine(e.question()), SHORT_QUESTION));
            if (!e.answered()) {
                (e.tooVague() ? vague : open).add("\u2022 " + question + "\n");
                continue;
            }
            List<String> list = e.tentative() ? tentative : answered;
            StringBuilder item = new StringBuilder()
                    .append(list.size() + 1)
                    .append(". **")
                    .append(question)
                    .append("**\n");
            if (!e.firstQuote().isBlank()) {
                item.append("\u201C")
                        .append(escape.apply(Markdown.cut(oneLine(e.firstQuote()), SHORT_QUOTE)))
                        .append('\u201D');
            } else {
                item.append(e.lead().lines().findFirst().orElse("")); // recorded before quotes were kept
            }
            if (!e.citations().isEmpty())
                item.append(" \u2014 *")
                        .append(escape.apply(e.citations().get(0)))
                        .append('*');
            list.add(item.append('\n').toString());
        }
        appendWithin(out, "\n**Asked and answered**\n", answered, MARKDOWN_BUDGET * 3 / 4);
        // Parley was unsure: worth checking in class whether the passage answers the question.
        appendWithin(out, "\n**Only a closest passage**\n", tentative, MARKDOWN_BUDGET * 7 / 8);
        appendWithin(out, "\n**Not covered by the articles**\n", open, MARKDOWN_BUDGET);
        // Not a gap in the articles: Parley asked for more words.
        appendWithin(out, "\n**Too short to search**\n", vague, MARKDOWN_BUDGET);
        List<Map.Entry<String, Integer>> cited = mostCited();
        if (!cited.isEmpty()) {
            out.append("\n**Most cited**\n");
            cited.stream()
                    .limit(3)
                    .forEach(c -> out.append("\u2022 ")
                            .append(escape.apply(c.getKey()))
                            .append(" (")
                            .append(c.getValue())
                            .append("\u00D7)\n"));
        }
        return out.toString().strip();
    }

    /**
     * The whole digest as a Markdown document, to attach as digest.md: title, date, every question with
     * Parley's full lead, first quote and citations, then the unanswered ones and the most cited passages.
     *
     * @param escape makes user and article text safe for where it is shown
     */
    public String file(Function<String, String> escape) {
        StringBuilder out = new StringBuilder("# Q&A session digest\n\n");
        out.append("- Channel: ").append(escape.apply(channel)).append('\n');
        out.append("- When: ").append(span()).append('\n');
        out.append("- ")
                .append(questions(entries.size()))
                .append(", ")
                .append(answeredCount())
                .append(" answered from the articles")
                .append(tentativeNote())
                .append('\n');
        appendEntries(
                out,
                "\n## Asked and answered\n",
                entries.stream().filter(Entry::answeredWell).toList(),
                escape);
        appendEntries(
                out,
                "\n## Only a closest passage\n",
                entries.stream().filter(Entry::tentative).toList(),
                escape);
        List<Entry> open = entries.stream().filter(Entry::notCovered).toList();
        if (!open.isEmpty()) {
            out.append("\n## Not covered by the articles\n\n");
            open.forEach(e ->
                    out.append("- ").append(escape.apply(oneLine(e.question()))).append('\n'));
        }
        List<Entry> vague = entries.stream().filter(Entry::tooVague).toList();
        if (!vague.isEmpty()) {
            out.append("\n## Too short to search\n\n");
            vague.forEach(e ->
                    out.append("- ").append(escape.apply(oneLine(e.question()))).append('\n'));
        }
        List<Map.Entry<String, Integer>> cited = mostCited();
        if (!cited.isEmpty()) {
            out.append("\n## Most cited\n\n");
            cited.stream()
                    .limit(10)
                    .forEach(c -> out.append("- ")
                            .append(escape.apply(c.getKey()))
                            .append(" (")
                            .append(c.getValue())
                            .append("\u00D7)\n"));
        }
        if (entries.isEmpty()) out.append("\nNobody asked anything this time.\n");
        return out.toString();
    }

    /** Each entry with Parley's full lead, first quote and citations, under {@code heading} when there are any. */
    private static void appendEntries(
            StringBuilder out, String heading, List<Entry> list, Function<String, String> escape) {
        if (!list.isEmpty()) out.append(heading);
        int n = 0;
        for (Entry e : list) {
            out.append("\n### ")
                    .append(++n)
                    .append(". ")
                    .append(escape.apply(oneLine(e.question())))
                    .append("\n\n");
            out.append(e.lead().strip()).append("\n");
            if (!e.firstQuote().isBlank()) {
                out.append("\n> \u201C")
                        .append(escape.apply(oneLine(e.firstQuote())))
                        .append("\u201D\n");
                if (!e.citations().isEmpty())
                    out.append("> \u2014 ")
                            .append(escape.apply(e.citations().get(0)))
                            .append('\n');
            }
            // Two quotes of one paragraph are one place to look: each paragraph once, and not the first quote's.
            List<String> others = e.citations().stream()
                    .distinct()
                    .filter(c -> !c.equals(e.citations().get(0)))
                    .map(escape)
                    .toList();
            if (!others.isEmpty()) {
                out.append("\nAlso cited: ").append(String.join("; ", others)).append('\n');
            }
        }
    }

    private static void appendWithin(StringBuilder out, String heading, List<String> items, int budget) {
        if (items.isEmpty()) return;
        out.append(heading);
        int shown = 0;
        for (String item : items) {
            if (shown > 0 && out.length() + item.length() > budget) break;
            out.append(item);
            shown++;
        }
        if (shown < items.size())
            out.append("\u2026 and ").append(items.size() - shown).append(" more in the full digest\n");
    }

    /** Passages by how often they were cited, most first; ties in the order first cited. */
    private List<Map.Entry<String, Integer>> mostCited() {
        Map<String, Integer> cited = new LinkedHashMap<>();
        entries.forEach(e -> e.citations().forEach(c -> cited.merge(c, 1, Integer::sum)));
        return cited.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .toList();
    }

    private String span() {
        LocalDate from = LocalDate.ofInstant(started, ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(ended, ZoneOffset.UTC);
        String start = DAY.format(from) + ", " + TIME.format(started.atZone(ZoneOffset.UTC));
        String end = (from.equals(to) ? "" : DAY.format(to) + ", ") + TIME.format(ended.atZone(ZoneOffset.UTC));
        return start + "\u2013" + end + " UTC";
    }

    private static String questions(int count) {
        return count + (count == 1 ? " question" : " questions");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
