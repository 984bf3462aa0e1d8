package org.parley.facts;

import static org.parley.config.WordPatterns.anyOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;

/**
 * Whose words a sentence reports: "Rashad described the round as …", "“…,” said Rubio", and "She noted that …" (the
 * pronoun standing for whoever the sentence before named). The quiz asks who said what from it, and the answer engine
 * checks that a reply to "What did Lavrov say?" quotes Lavrov. Public: both packages read it.
 */
public final class Attribution {

    private static final Pattern QUOTE = Pattern.compile("\u201C([^\u201C\u201D]*)\u201D|\"([^\"]*)\"");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\u201C\u201D\"]");
    /** Text that ends with a quotation, and perhaps a comma, just before a speech verb. */
    private static final Pattern QUOTE_ENDS = Pattern.compile("(?s).*[\u201D\"],?\\s*");
    /** Text that ends with a quotation just before a pronoun: "“…,” he said". */
    private static final Pattern QUOTE_BEFORE_PRONOUN = Pattern.compile("(?s).*[\u201D\"]\\s*");
    /** A quotation opening: what follows a colon that introduces someone's words. */
    private static final Pattern QUOTE_OPENS = Pattern.compile("\\s*[\u201C\"]");
    /** Text that ends a clause just before a pronoun: "On Crimea, … in 2014, he said". */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("(?s)(?:.*[,;\u2014]\\s+)?");
    /**
     * Between "“…,” said" and the speaker's name: nothing, or a title of capitalised words ("said Motu Lahi's
     * President, "), never a clause ("said Rubio, adding that Lavrov …").
     */
    private static final Pattern SPEAKER_TITLE =
            Pattern.compile("(?:\\s*+(?:\\p{Lu}[\\p{L}.'\u2019\\-]*+|of|the|,))*+\\s*+");
    /** Words between a name and its speech verb that show someone else is speaking. */
    private static final Pattern NOT_THE_SUBJECT = Pattern.compile("(?s)^['\u2019]s\\b.*|.*[\u201C\u201D\";:?!].*");
    /** Between an opening pronoun and its verb: at most two lower-case words ("She also noted"). */
    private static final Pattern PRONOUN_GAP = Pattern.compile("\\s+(?:\\p{Ll}+\\s+){0,2}");

    /** Most characters between a name and its speech verb: room for an apposition ("Dr. Lena Hartmann, a … analyst,"). */
    private static final int MAX_GAP = 160;
    /** How far before a speech verb a negation still negates it: "has not yet said" is three words. */
    private static final int UNSAID_REACH = 3;

    private final CuePattern speech, unsaid, titles, pronouns;
    /** A form of "be" just before a speech verb (quiz.passive_auxiliaries): "Bhutto was said by aides to be …". */
    private final Pattern passiveBefore;
    /**
     * A word, a preposition and perhaps a title just before a name (quiz.speaker_prepositions): the name is no speaker
     * unless the word and preposition are a title's ("Aides to President-elect Reagan", not "Secretary of State Kerry").
     */
    private final Pattern prepositionBefore;
    /** A gap between name and speech verb that ends in what the name owns: ", whose government " (quiz.owners). */
    private final Pattern ownedSubject;
    /** A gap that opens a relative clause of the name's (quiz.relatives): ", who told the delegations". */
    private final Pattern relative;

    /** Where a sentence reports words: its speech verb, whether the speaker stands before it, and its quotations. */
    public record Said(int verbStart, int verbEnd, boolean subjectFirst, List<int[]> quotes) {}

    public Attribution(Lexicon lexicon) {
        speech = new CuePattern(lexicon.cues("speech"));
        unsaid = new CuePattern(lexicon.quiz("unsaid"));
        titles = new CuePattern(lexicon.titles());
        pronouns = new CuePattern(lexicon.quiz("pronouns"));
        passiveBefore = Pattern.compile("(?s).*\\b(?:" + anyOf(lexicon.quiz("passive_auxiliaries")) + ")\\s+$");
        prepositionBefore = Pattern.compile("(?s).*\\b(\\p{L}[\\p{L}\\-]*)\\s+("
                + anyOf(lexicon.quiz("speaker_prepositions")) + ")\\s+(?:\\p{Lu}[\\p{L}.\\-]*\\s+)*$");
        relative =
                Pattern.compile("\\s*,\\s*(?:" + anyOf(lexicon.quiz("relatives")) + ")\\s", Pattern.CASE_INSENSITIVE);
        ownedSubject = Pattern.compile("(?s).*\\b(?:" + anyOf(lexicon.quiz("owners")) + ")\\s+\\p{Ll}+\\s*$");
    }

    /**
     * The speech verb whose speaker is the name at one of {@code mentions} ([start, end) spans in {@code text}):
     * "Waltz said …", "Dr. Lena Hartmann, a Gulf diplomacy analyst …, said …", "“…,” said Rubio". Mentions inside a
     * quotation speak for no one. Empty when the quotation marks do not pair up.
     */
    public Optional<Said> byName(String text, List<int[]> mentions) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        List<int[]> outside = mentions.stream().filter(m -> !inside(m, quotes)).toList();
        for (int[] verb : verbs(text, quotes)) {
            for (int[] m : outside) {
                String gap = m[1] <= verb[0] ? text.substring(m[1], verb[0]) : "";
                // "opened by Foreign Minister Hakan Fidan, who told the delegations …": the relative clause is his
                if (m[1] <= verb[0]
                        && subjectGap(gap)
                        && (!afterPreposition(text.substring(0, m[0]))
                                || relative.matcher(gap).lookingAt())) {
                    return Optional.of(new Said(verb[0], verb[1], true, quotes));
                }
                // "“…,” said Rubio", "“…,” said Motu Lahi's President, Ana Kaitu": the name after the verb (and a
                // title) speaks only when a quotation ends right before the verb; "the Homeland Party said Dumitran
                // had …" reports words about him
                if (verb[1] <= m[0]
                        && SPEAKER_TITLE.matcher(text.substring(verb[1], m[0])).matches()
                        && QUOTE_ENDS.matcher(text.substring(0, verb[0])).matches()) {
                    return Optional.of(new Said(verb[0], verb[1], false, quotes));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the name at one of {@code mentions} introduces a quotation with a colon, with no speech verb: "Putin
     * closed the appearance in English, turning to Trump with a smile: “Next time in Moscow.”"
     */
    public boolean quotesAfterColon(String text, List<int[]> mentions) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return false;
        for (int[] m : mentions) {
            if (inside(m, quotes)) continue;
            int colon = text.indexOf(':', m[1]);
            if (colon < 0) continue;
            String gap = text.substring(m[1], colon);
            if (subjectGap(gap)
                    && !afterPreposition(text.substring(0, m[0]))
                    && QUOTE_OPENS.matcher(text.substring(colon + 1)).lookingAt()) return true;
        }
        return false;
    }

    /**
     * The speech verb of a pronoun that opens a clause just before it ("On Crimea, which Russia annexed in 2014, he
     * said …"), as well as those {@link #byPronoun} finds. The pronoun is the first speech verb's.
     */
    public Optional<Said> byPronounInClause(String text) {
        Optional<Said> plain = byPronoun(text);
        if (plain.isPresent()) return plain;
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        for (int[] verb : verbs(text, quotes)) {
            String lead = text.substring(0, verb[0]);
            for (int[] pronoun : pronouns.find(lead)) {
                if (PRONOUN_GAP.matcher(lead.substring(pronoun[1])).matches()
                        && CLAUSE_ENDS.matcher(lead.substring(0, pronoun[0])).matches()) {
                    return Optional.of(new Said(verb[0], verb[1], true, quotes));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The speech verb of a pronoun that opens the sentence ("She noted that …") or follows a quotation ("“…,” he
     * said"): the words of whoever the sentence before named. Only the sentence's first speech verb can be the
     * pronoun's.
     */
    public Optional<Said> byPronoun(String text) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        for (int[] verb : verbs(text, quotes)) {
            String lead = text.substring(0, verb[0]);
            for (int[] pronoun : pronouns.find(lead)) {
                String between = lead.substring(pronoun[1]);
                if (pronoun[0] == 0 && PRONOUN_GAP.matcher(between).matches()) {
                    return Optional.of(new Said(verb[0], verb[1], true, quotes));
                }
                if (between.isBlank()
                        && QUOTE_BEFORE_PRONOUN
                                .matcher(lead.substring(0, pronoun[0]))
                                .matches()) {
                    return Optional.of(new Said(verb[0], verb[1], false, quotes));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence is a quotation no one is said to speak: "“We see this as a positive step.”" goes on with the
     * words of whoever spoke in the sentence before.
     */
    public boolean unattributedQuotation(String text) {
        List<int[]> quotes = quotes(text);
        return quotes != null
                && !quotes.isEmpty()
                && quotes.get(0)[0] == 0
                && verbs(text, quotes).isEmpty();
    }

    /** {@code text} with its quotations blanked out, so what they name is not looked for (all of it when unpaired). */
    public static String outsideQuotes(String text) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return "";
        StringBuilder out = new StringBuilder(text);
        for (int[] q : quotes) for (int i = q[0]; i < q[1]; i++) out.setCharAt(i, ' ');
        return out.toString();
    }

    /** Quotations as [start, end) with their marks; null when the marks do not pair up. */
    public static List<int[]> quotes(String text) {
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

    /** Whether [start, end) lies within one of {@code quotes}. */
    public static boolean inside(int[] span, List<int[]> quotes) {
        return quotes.stream().anyMatch(q -> span[0] >= q[0] && span[1] <= q[1]);
    }

    /**
     * Whether a name stands after a preposition that makes it no speaker ("Aides to President-elect Ronald Reagan said
     * …"), not one inside its title ("Secretary of State John Kerry said", "Head of Delegation Vladimir Medinsky").
     */
    private boolean afterPreposition(String before) {
        Matcher m = prepositionBefore.matcher(before);
        if (!m.matches()) return false;
        return !titles.in(m.group(1)) && !titles.in(m.group(1) + " " + m.group(2));
    }

    /** Between a name and its verb: an apposition or an adverb, nothing that hands the words to someone else. */
    private boolean subjectGap(String gap) {
        return gap.length() <= MAX_GAP
                && !NOT_THE_SUBJECT.matcher(gap).matches()
                && !ownedSubject.matcher(gap).matches()
                && !pronouns.in(gap);
    }

    /** Speech verbs outside quotations that report words: not "was said", "has not said" nor "declined to say". */
    private List<int[]> verbs(String text, List<int[]> quotes) {
        return speech.find(text).stream()
                .filter(v -> !inside(v, quotes))
                .filter(v -> !passiveBefore.matcher(text.substring(0, v[0])).matches())
                .filter(v -> !unsaid.in(lastWords(text.substring(0, v[0]), UNSAID_REACH)))
                .toList();
    }

    /** The last {@code n} words of {@code text}, within its last clause ("X, who did not attend, said": none). */
    private static String lastWords(String text, int n) {
        String clause = text.substring(
                Math.max(text.lastIndexOf(','), Math.max(text.lastIndexOf(';'), text.lastIndexOf('\u2014'))) + 1);
        String[] words = clause.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - n), words.length));
    }
}
