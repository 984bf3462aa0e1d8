package org.parley.quiz;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.WordPatterns;
import org.parley.corpus.Article;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;
import org.parley.facts.Meeting;

/** Questions about the talks themselves: where they took place and on what date. */
final class SceneQuestions {

    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})\\s+(\\p{L}+)(\\s+\\d{4})?$");
    private static final Pattern MONTH_FIRST = Pattern.compile("^(\\p{L}+)\\s+(\\d{1,2})(,\\s+\\d{4})?$");
    private static final String BLANK = "____";
    private static final int[] DAY_SHIFTS = {-7, -3, -2, -1, 1, 2, 3, 7};
    private static final int LAST_SAFE_DAY = 28;

    private final Material material;
    private final Facts facts;
    private final Vocabulary vocabulary;

    SceneQuestions(Material material) {
        this.material = material;
        this.facts = material.facts();
        this.vocabulary = material.vocabulary();
    }

    /**
     * "Where did the meeting take place?", when a past-tense sentence names the place itself (not "the Egyptian
     * capital"). Wrong choices are well-known venues that no article names, in no country the venue is in.
     */
    List<Candidate> where() {
        Meeting meeting = facts.meeting();
        List<Candidate> out = new ArrayList<>();
        for (Article a : material.corpus().articles()) {
            Optional<String> venue;
            Optional<Passage> citation;
            if (meeting.whereCitation()
                    .filter(c -> c.article().id().equals(a.id()))
                    .isPresent()) {
                venue = meeting.where();
                citation = meeting.whereCitation();
            } else {
                venue = Optional.ofNullable(facts.venues().get(a.id()));
                citation = venue.flatMap(v -> firstEventSentence(a, v));
            }
            if (venue.isEmpty()
                    || citation.isEmpty()
                    || !placeItself(venue.get(), citation.get().quote())
                    // "Hotel Lagune" among "Geneva", "Tokyo", "Nairobi": the only building gives itself away
                    || vocabulary.building(venue.get())) continue;
            out.add(new Candidate(
                    "where",
                    "Where did the meeting take place, according to " + material.source(a.id()) + "?",
                    venue.get(),
                    otherVenues(venue.get()),
                    citation.get(),
                    Text::key));
        }
        return PersonQuestions.askable(out);
    }

    /**
     * "Which date completes this sentence?", when the sentence that dates the talks says they happened (not that
     * they will). Wrong choices are nearby dates written the same way that no article mentions. Talks the text dates
     * by weekday alone ("agreed on Monday", where the facts already ruled out a plan's day) ask "Which day …", the
     * other days of the week that no article mentions as wrong choices.
     */
    List<Candidate> when() {
        Meeting meeting = facts.meeting();
        if (meeting.when().isEmpty() || meeting.whenCitation().isEmpty()) return List.of();
        boolean byWeekday = meeting.weekday().isPresent();
        String date = meeting.weekday().orElse(meeting.when().get());
        Passage citation = meeting.whenCitation().get();
        String text = citation.quote();
        int at = text.indexOf(date);
        if (at < 0 || !(byWeekday || vocabulary.happened.in(text)) || vocabulary.future.in(text)) return List.of();
        String lead = "Which " + (byWeekday ? "day" : "date") + " completes this sentence from "
                + material.source(citation.article().id()) + "? \u201C";
        String cloze = window(
                text.substring(0, at), text.substring(at + date.length()), QuizMaker.MAX_PROMPT - lead.length() - 1);
        String prompt = lead + cloze + "\u201D";
        List<String> wrong = (byWeekday ? otherWeekdays(date) : nearbyDates(date))
                .stream().filter(d -> !material.mentioned(d)).toList();
        return PersonQuestions.askable(List.of(new Candidate("when", prompt, date, wrong, citation, Text::key)));
    }

    /** The week's other days, as the lexicon orders them, capitalised like the answer. */
    private List<String> otherWeekdays(String day) {
        return vocabulary.lexicon.names().days().stream()
                .map(WordPatterns::capitalised)
                .filter(d -> !d.equals(day))
                .toList();
    }

    /** The venue as a place in its own right: not in a future clause, and no adjective before "capital". */
    private boolean placeItself(String venue, String sentence) {
        if (!sentence.contains(venue)) return false;
        for (int at = sentence.indexOf(venue); at >= 0; at = sentence.indexOf(venue, at + 1)) {
            // "Suvania will allow inspectors …, under an arrangement reached after talks in Vienna": the clause
            // with the place is what must be past.
            if (vocabulary.future.in(Text.clauses(sentence, at, at + venue.length(), 0))) return false;
            Matcher next = NEXT_WORD.matcher(sentence.substring(at + venue.length()));
            if (next.find()) {
                String word = next.group(1);
                if (vocabulary.placeNouns.find(word).stream().anyMatch(s -> s[0] == 0 && s[1] == word.length()))
                    return false;
            }
        }
        return true;
    }

    private Optional<Passage> firstEventSentence(Article a, String venue) {
        return material.passagesOf(a.id()).stream()
                .filter(p -> Text.hasWord(p.quote(), venue) && vocabulary.happened.in(p.quote()))
                .findFirst();
    }

    /** Venues from the lexicon ("Geneva, Switzerland"), written like the answer (with or without the country). */
    private List<String> otherVenues(String venue) {
        Set<String> venueParts = new LinkedHashSet<>();
        Set<String> venueParties = new LinkedHashSet<>();
        for (String part : venue.split(",\\s*")) {
            venueParts.add(Text.key(part));
            vocabulary.partyOf(part).ifPresent(venueParties::add);
        }
        List<String> out = new ArrayList<>();
        for (String entry : vocabulary.lexicon.quiz("venues")) {
            String[] parts = entry.split(",\\s*");
            String city = parts[0];
            String country = parts.length > 1 ? parts[1] : city;
            boolean sameCountry = venueParts.contains(Text.key(city))
                    || venueParts.contains(Text.key(country))
                    || vocabulary.partyOf(city).filter(venueParties::contains).isPresent()
                    || vocabulary
                            .partyOf(country)
                            .filter(venueParties::contains)
                            .isPresent();
            if (sameCountry || material.mentioned(city)) continue;
            out.add(venue.contains(",") ? entry : city);
        }
        return out;
    }

    /** Other days near the date, written the same way ("16 May 2025" → "13 May 2025", "16 June 2025"). */
    static List<String> nearbyDates(String date) {
        Matcher dayFirst = DAY_FIRST.matcher(date);
        Matcher monthFirst = MONTH_FIRST.matcher(date);
        boolean dayLeads = dayFirst.matches();
        if (!dayLeads && !monthFirst.matches()) return List.of();
        Matcher m = dayLeads ? dayFirst : monthFirst;
        int day = Integer.parseInt(m.group(dayLeads ? 1 : 2));
        Optional<Month> month = month(m.group(dayLeads ? 2 : 1));
        if (month.isEmpty()) return List.of();
        String year = m.group(3) == null ? "" : m.group(3);
        List<String> out = new ArrayList<>();
        for (int shift : DAY_SHIFTS) {
            int d = day + shift;
            if (d >= 1 && d <= LAST_SAFE_DAY) out.add(write(d, month.get(), year, dayLeads));
        }
        if (day <= LAST_SAFE_DAY) {
            out.add(write(day, month.get().plus(1), year, dayLeads));
            out.add(write(day, month.get().minus(1), year, dayLeads));
        }
        out.remove(date);
        return out;
    }

    private static Optional<Month> month(String name) {
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) return Optional.of(m);
        }
        return Optional.empty();
    }

    private static String write(int day, Month month, String year, boolean dayLeads) {
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return dayLeads ? day + " " + name + year : name + " " + day + year;
    }

    /** The sentence with the date blanked, cut around the blank to fit, with an ellipsis where cut. */
    static String window(String before, String after, int max) {
        int room = max - BLANK.length();
        if (before.length() + after.length() <= room) return before + BLANK + after;
        int keepBefore = Math.min(before.length(), Math.max(room / 2, room - after.length()));
        String head = before.length() > keepBefore ? Text.ELLIPSIS + cutFront(before, keepBefore - 1) : before;
        String tail = Text.cut(after, room - head.length());
        return head + BLANK + tail;
    }

    /** The last {@code max} characters of {@code s} at most, starting at a whole word. */
    private static String cutFront(String s, int max) {
        if (s.length() <= max) return s;
        int from = s.indexOf(' ', s.length() - max);
        return from < 0 ? s.substring(s.length() - max) : s.substring(from + 1);
    }
}
