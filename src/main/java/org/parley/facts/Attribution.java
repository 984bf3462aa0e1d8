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
    /** An owner's ending: "Reyvik's", "Reyvik’s". */
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?(?![\\p{L}])");
    /** Text that ends a clause just before a pronoun: "On Crimea, … in 2014, he said". */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("(?s)(?:.*[,;\u2014]\\s+)?");
    /**
     * Between "“…,” said" and the speaker's name: a short phrase holding a title ("said Motu Lahi's President, ",
     * "said Dumas's chief negotiator, "), never a sentence's worth ("said Rubio; Lavrov …").
     */
    private static final Pattern SPEAKER_TITLE = Pattern.compile("[^\u201C\u201D\".;:?!]{0,60}");
    /** One insertion set off by commas between a name and its verb: ", who does not refer to Navalny by name, ". */
    private static final Pattern INSERTION = Pattern.compile("\\s*,[^,;]*,\\s*");
    /** A clause with a subject of its own: "Kessler met the delegation, and its head of mission said …". */
    private static final Pattern NEW_SUBJECT =
            Pattern.compile("(?i),\\s+(?:and|but|while)\\s+(?:its|his|her|their|the|a|an)\\s");
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
    /** Text that ends inside a relative clause (quiz.relatives): "Zelenskiy, who met Turkish President ". */
    private final Pattern relativeOpened;

    /** Where a sentence reports words: its speech verb, whether the speaker stands before it, and its quotations. */
    public record Said(int verbStart, int verbEnd, boolean subjectFirst, List<int[]> quotes) {}

    public Attribution(Lexicon lexicon) {
        this(lexicon, lexicon.cues("speech"));
    }

    /**
     * Whose words or reactions a sentence reports: as {@link #Attribution(Lexicon)}, with the verbs of cues.reaction
     * besides the speech verbs ("Lind rejected …", "Holm, who praised …").
     */
    public static Attribution ofReactions(Lexicon lexicon) {
        List<String> verbs = new ArrayList<>(lexicon.cues("speech"));
        verbs.addAll(lexicon.cues("reaction"));
        return new Attribution(lexicon, verbs);
    }

    private Attribution(Lexicon lexicon, List<String> verbs) {
        speech = new CuePattern(verbs);
        unsaid = new CuePattern(lexicon.quiz("unsaid"));
        titles = new CuePattern(lexicon.titles());
        pronouns = new CuePattern(lexicon.quiz("pronouns"));
        passiveBefore = Pattern.compile("(?s).*\\b(?:" + anyOf(lexicon.quiz("passive_auxiliaries")) + ")\\s+$");
        prepositionBefore = Pattern.compile("(?s).*\\b(\\p{L}[\\p{L}\\-]*)\\s+("
                + anyOf(lexicon.quiz("speaker_prepositions")) + ")\\s+(?:\\p{Lu}[\\p{L}.\\-]*\\s+)*$");
        relativeOpened =
                Pattern.compile("(?s).*,\\s*(?:" + anyOf(lexicon.quiz("relatives")) + ")\\s+[^,;\u201C\u201D\"]*");
        relative = Pattern.compile(
                "\\s*,\\s*(?:" + anyOf(lexicon.quiz("relatives")) + ")\\s+(?:\\p{Ll}+\\s+){0,2}",
                Pattern.CASE_INSENSITIVE);
        ownedSubject = Pattern.compile("(?s).*\\b(?:" + anyOf(lexicon.quiz("owners")) + ")\\s+\\p{Ll}+\\s*$");
    }

    /**
     * The speech verb whose speaker is the name at one of {@code mentions} ([start, end) spans in {@code text}):
     * "Waltz said …", "Dr. Lena Hartmann, a Gulf diplomacy analyst …, said …", "“…,” said Rubio". Mentions inside a
     * quotation speak for no one. Empty when the quotation marks do not pair up.
     */
    public Optional<Said> byName(String text, List<int[]> mentions) {
        return byName(text, mentions, List.of());
    }

    /**
     * As {@link #byName(String, List)}, where {@code others} are the spans of other people's names in the sentence:
     * one standing between the name and the verb is the verb's subject instead ("Dumas arrived late, and Amadu told
     * reporters …"), unless only as an owner ("said Dumas's chief negotiator, Ines Varga").
     */
    public Optional<Said> byName(String text, List<int[]> mentions, List<int[]> others) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        List<int[]> outside = mentions.stream()
                .filter(m -> !inside(m, quotes))
                // "said Reyvik's deputy": the name owns the speaker
                .filter(m -> !possessive(text, m))
                .toList();
        for (int[] verb : verbs(text, quotes)) {
            for (int[] m : outside) {
                if (m[1] <= verb[0]) {
                    String gap = text.substring(m[1], verb[0]);
                    // "opened by Foreign Minister Hakan Fidan, who told the delegations …": the relative clause is his
                    // "Putin, who does not refer to Navalny by name, said": a name inside the insertion is its object
                    // "Zelenskiy, who met Erdogan in Ankara, described …": a name the relative clause holds is not
                    // the subject of the verb after the clause
                    boolean inRelative = gap.contains(",")
                            && relativeOpened.matcher(text.substring(0, m[0])).matches();
                    if (subjectGap(gap)
                            && !inRelative
                            && (INSERTION.matcher(gap).matches() || !othersBetween(text, others, m[1], verb[0]))
                            && (!afterPreposition(text.substring(0, m[0]))
                                    || relative.matcher(gap).matches())) {
                        return Optional.of(new Said(verb[0], verb[1], true, quotes));
                    }
                } else if (verb[1] <= m[0]) {
                    // "“…,” said Rubio", "“…,” said Motu Lahi's President, Ana Kaitu": the name after the verb (and a
                    // title) speaks only when a quotation ends right before the verb; "the Homeland Party said
                    // Dumitran had …" reports words about him, and "said Brandauer of Reyvik" Brandauer's
                    String gap = text.substring(verb[1], m[0]);
                    if ((gap.isBlank() || SPEAKER_TITLE.matcher(gap).matches() && titles.in(gap))
                            && !othersBetween(text, others, verb[1], m[0])
                            && QUOTE_ENDS.matcher(text.substring(0, verb[0])).matches()) {
                        return Optional.of(new Said(verb[0], verb[1], false, quotes));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether another person's name, not as an owner, stands within [from, to). */
    private static boolean othersBetween(String text, List<int[]> others, int from, int to) {
        return others.stream().anyMatch(o -> o[0] >= from && o[1] <= to && !possessive(text, o));
    }

    /** Whether the name at [start, end) of {@code text} stands as an owner: "Reyvik's spokeswoman". */
    public static boolean possessive(String text, int[] span) {
        return POSSESSIVE.matcher(text).region(span[1], text.length()).lookingAt();
    }

    /**
     * The speech verb of a pronoun that opens the sentence ("She noted that …") or follows a quotation ("“…,” he
     * said"): the words of whoever the sentence before named. Only the sentence's first speech verb can be the
     * pronoun's.
     */
    public Optional<Said> byPronoun(String text) {
        return byPronoun(text, false);
    }

    /**
     * As {@link #byPronoun(String)}, and also a pronoun that opens a clause just before the verb ("On Crimea, which
     * Russia annexed in 2014, he said …"), tried after those.
     */
    public Optional<Said> byPronounInClause(String text) {
        return byPronoun(text, true);
    }

    private Optional<Said> byPronoun(String text, boolean inClause) {
        List<int[]> quotes = quotes(text);
        if (quotes == null) return Optional.empty();
        List<int[]> verbs = verbs(text, quotes);
        if (verbs.isEmpty()) return Optional.empty();
        int[] verb = verbs.get(0);
        String lead = text.substring(0, verb[0]);
        List<int[]> found = pronouns.find(lead);
        for (int[] pronoun : found) {
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
        if (inClause) {
            for (int[] pronoun : found) {
                if (PRONOUN_GAP.matcher(lead.substring(pronoun[1])).matches()
                        && CLAUSE_ENDS.matcher(lead.substring(0, pronoun[0])).matches()) {
                    return Optional.of(new Said(verb[0], verb[1], true, quotes));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sentence is a quotation no one is said to speak: "“We see this as a positive step.”" goes on with the
     * words of whoever spoke in the sentence before.
     */
    public boolean unattributedQuotation(String text) {
        List<int[]> quotes = quotes(text);
        // the whole sentence: "“No land for peace” read a banner" is the banner's
        return quotes != null
                && quotes.size() == 1
                && quotes.get(0)[0] == 0
                && text.substring(quotes.get(0)[1]).matches("[\\s.,!?]*");
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
        // "Secretary of State John Kerry": a title's own preposition; "A spokesman for Halm" speaks for Halm
        boolean titleWord = Character.isUpperCase(m.group(1).charAt(0));
        return !titleWord || !titles.in(m.group(1)) && !titles.in(m.group(1) + " " + m.group(2));
    }

    /** Between a name and its verb: an apposition or an adverb, nothing that hands the words to someone else. */
    private boolean subjectGap(String gap) {
        return gap.length() <= MAX_GAP
                && !NOT_THE_SUBJECT.matcher(gap).matches()
                && !NEW_SUBJECT.matcher(gap).find()
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
