package org.parley.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;

/**
 * Finds sentences that attribute words to a named person: "Rashad described the round as …", "“…,” Rubio told
 * reporters", and "She noted that …" right after a sentence naming one person. Only sentences that name
 * exactly one person count, so the speaker is never in doubt.
 */
final class Speeches {

    private static final Pattern QUOTE = Pattern.compile("\u201C([^\u201C\u201D]*)\u201D|\"([^\"]*)\"");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\u201C\u201D\"]");
    /** Text that ends with a quotation, and perhaps a comma, just before a speech verb. */
    private static final Pattern QUOTE_ENDS = Pattern.compile("(?s).*[\u201D\"],?\\s*");

    private static final String USED_WORDS = "Who used the words \u201C";
    /** Words between a name and its speech verb that show someone else is speaking. */
    private static final Pattern NOT_THE_SUBJECT = Pattern.compile("(?s)^['\u2019]s\\b.*|.*[\u201C\u201D\";:?!].*");

    private static final int MAX_GAP = 160;
    /** How far before a speech verb a negation still negates it: "has not yet said" is three words. */
    private static final int UNSAID_REACH = 3;

    private static final int MIN_REPORTED_WORDS = 4;
    private static final int MIN_QUOTE_WORDS = 3;

    private final Material material;
    private final Facts facts;
    private final Vocabulary vocabulary;

    Speeches(Material material) {
        this.material = material;
        this.facts = material.facts();
        this.vocabulary = material.vocabulary();
    }

    List<Speech> find() {
        List<Speech> out = new ArrayList<>();
        for (Passage p : material.corpus().passages()) {
            List<String> people = facts.of(p.key()).people();
            if (people.size() == 1 && vocabulary.personName(people.get(0))) {
                named(p, people.get(0)).ifPresent(out::add);
            } else if (people.isEmpty()) {
                pronoun(p).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "Waltz said …", "Dr. Lena Hartmann, a Gulf diplomacy analyst …, said …", "“…,” said Rubio". */
    private Optional<Speech> named(Passage p, String speaker) {
        String text = p.quote();
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        List<int[]> mentions = new ArrayList<>();
        for (String spelling : vocabulary.spellings(speaker)) {
            Text.spans(text, spelling).stream().filter(s -> !inside(s, quotes)).forEach(mentions::add);
        }
        for (int[] verb : verbs(text, quotes)) {
            for (int[] m : mentions) {
                if (m[1] <= verb[0]
                        && subjectGap(text.substring(m[1], verb[0]))
                        && !afterPreposition(text.substring(0, m[0]))) {
                    return speech(p, speaker, Optional.empty(), verb, true, quotes);
                }
                // "“…,” said Rubio": the name after the verb speaks only when a quotation ends right before it;
                // "the Homeland Party said Dumitran had …" reports words about him
                if (verb[1] <= m[0]
                        && text.substring(verb[1], m[0]).isBlank()
                        && QUOTE_ENDS.matcher(text.substring(0, verb[0])).matches()) {
                    return speech(p, speaker, Optional.empty(), verb, false, quotes);
                }
            }
        }
        return Optional.empty();
    }

    /** "She noted that …" or "“…,” he said", after a sentence in the same paragraph that names one person. */
    private Optional<Speech> pronoun(Passage p) {
        if (p.sentence().number() == 1) return Optional.empty();
        Optional<Passage> before = material.before(p);
        List<String> named = before.map(b -> facts.of(b.key()).people()).orElse(List.of());
        if (named.size() != 1 || !vocabulary.personName(named.get(0))) return Optional.empty();
        String text = p.quote();
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        for (int[] verb : verbs(text, quotes)) {
            String lead = text.substring(0, verb[0]);
            for (int[] pronoun : vocabulary.pronouns.find(lead)) {
                String between = lead.substring(pronoun[1]);
                if (pronoun[0] == 0 && between.matches("\\s+(?:\\p{Ll}+\\s+){0,2}")) {
                    return speech(p, named.get(0), before, verb, true, quotes);
                }
                if (between.isBlank() && lead.substring(0, pronoun[0]).matches("(?s).*[\u201D\"]\\s*")) {
                    return speech(p, named.get(0), before, verb, false, quotes);
                }
            }
            return Optional.empty(); // only the first speech verb can be the pronoun's
        }
        return Optional.empty();
    }

    /**
     * The prompt: "Who described the round as the most productive in months?" when the speaker opens the
     * sentence with a finite verb, else "Who used the words “…”?" with the longest quotation.
     */
    private Optional<Speech> speech(
            Passage p,
            String speaker,
            Optional<Passage> antecedent,
            int[] verb,
            boolean subjectFirst,
            List<int[]> quotes) {
        String text = p.quote();
        String verbWord = text.substring(verb[0], verb[1]);
        boolean finite = !verbWord.toLowerCase(Locale.ROOT).endsWith("ing");
        boolean quoteFirst = quotes.stream().anyMatch(q -> q[0] < verb[0]);
        if (subjectFirst && finite && !quoteFirst) {
            String said = text.substring(verb[0]).strip();
            // The sentence's own full stop goes, also inside a closing quotation mark: '… state."' is shown as
            // '… state"?', and what is checked against the sentence is '… state'.
            Matcher stop = FINAL_STOP.matcher(said);
            String closing = "";
            if (stop.find()) {
                closing = stop.group(1);
                said = said.substring(0, stop.start());
            }
            if (Text.words(said) > MIN_REPORTED_WORDS
                    && !said.endsWith("?")
                    && !names(said, speaker)
                    && !vocabulary.opensWithAnaphor(text.substring(verb[1]))) {
                String shown = Text.cut(said, QuizMaker.MAX_PROMPT - "Who ?".length() - closing.length());
                String prompt = "Who " + shown + (shown.endsWith(Text.ELLIPSIS) ? "" : closing) + "?";
                return Optional.of(new Speech(speaker, p, antecedent, prompt, verbatim(shown)));
            }
        }
        String longest = "";
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            String q = (m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll("[,;:]+$", "");
            if (q.length() > longest.length()) longest = q;
        }
        if (Text.words(longest) < MIN_QUOTE_WORDS || names(longest, speaker)) return Optional.empty();
        String end = "\u201D, according to " + material.source(p.article().id()) + "?";
        String shown = Text.cut(longest, QuizMaker.MAX_PROMPT - USED_WORDS.length() - end.length());
        return Optional.of(new Speech(speaker, p, antecedent, USED_WORDS + shown + end, verbatim(shown)));
    }

    /** A sentence's full stop, and the closing quotation marks after it. */
    private static final Pattern FINAL_STOP = Pattern.compile("\\.([\"\u201D\u2019']*)$");

    /** The part of a shown text that is verbatim from the sentence (what comes before an added ellipsis). */
    private static String verbatim(String shown) {
        return shown.endsWith(Text.ELLIPSIS) ? shown.substring(0, shown.length() - 1) : shown;
    }

    private boolean names(String text, String person) {
        return vocabulary.spellings(person).stream().anyMatch(s -> Text.hasWord(text, s));
    }

    /**
     * Whether a name stands after a preposition that makes it no speaker ("Aides to President-elect Ronald Reagan said
     * …"), not one inside its title ("Secretary of State John Kerry said", "Head of Delegation Vladimir Medinsky").
     */
    private boolean afterPreposition(String before) {
        Matcher m = vocabulary.prepositionBefore.matcher(before);
        if (!m.matches()) return false;
        return !vocabulary.titles.in(m.group(1)) && !vocabulary.titles.in(m.group(1) + " " + m.group(2));
    }

    /** Between a name and its verb: an apposition or an adverb, nothing that hands the words to someone else. */
    private boolean subjectGap(String gap) {
        return gap.length() <= MAX_GAP
                && !NOT_THE_SUBJECT.matcher(gap).matches()
                && !vocabulary.ownedSubject.matcher(gap).matches()
                && !vocabulary.pronouns.in(gap);
    }

    /** Speech verbs outside quotations that report words: not "has not said" nor "declined to say". */
    private List<int[]> verbs(String text, List<int[]> quotes) {
        return vocabulary.speech.find(text).stream()
                .filter(v -> !inside(v, quotes))
                .filter(v -> !vocabulary
                        .passiveBefore
                        .matcher(text.substring(0, v[0]))
                        .matches())
                .filter(v -> !vocabulary.unsaid.in(lastWords(text.substring(0, v[0]), UNSAID_REACH)))
                .toList();
    }

    /** The last {@code n} words of {@code text}, within its last clause ("X, who did not attend, said": none). */
    private static String lastWords(String text, int n) {
        String clause = text.substring(
                Math.max(text.lastIndexOf(','), Math.max(text.lastIndexOf(';'), text.lastIndexOf('\u2014'))) + 1);
        String[] words = clause.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }

    /** Quotations as [start, end) with their marks; null when the marks do not pair up. */
    private static List<int[]> quotes(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        int marks = 0;
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
            marks += 2;
        }
        Matcher all = QUOTE_MARK.matcher(text);
        int total = 0;
        while (all.find()) total++;
        return total == marks ? out : null;
    }

    private static boolean inside(int[] span, List<int[]> quotes) {
        return quotes.stream().anyMatch(q -> span[0] >= q[0] && span[1] <= q[1]);
    }
}
