package org.parley.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;
import org.parley.corpus.Passage;
import org.parley.facts.SentenceFacts;
import org.parley.index.SentenceIndex;

/**
 * Measures a candidate sentence against a question: the {@link Feature}s the learned ranker and answerer
 * weigh. It decides nothing itself.
 */
final class FeatureExtractor {

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{M}'\u2019-]+");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}[\\p{N},.]*\\p{N}|\\p{N}");

    private final SentenceIndex index;
    private final Pattern future;
    private final Pattern negation;
    /** What kinds of answer a sentence can give: a time, a number, a place, a cause, someone's words. */
    private final SentenceTypes types;

    FeatureExtractor(SentenceIndex index, Lexicon lexicon) {
        this.index = index;
        this.future = cuePattern(lexicon.cues("future"));
        this.negation = cuePattern(lexicon.cues("negation"));
        this.types = new SentenceTypes(lexicon);
    }

    private static Pattern cuePattern(List<String> cues) {
        if (cues.isEmpty()) return Pattern.compile("(?!)");
        return Pattern.compile("(?i)(?<![\\p{L}])(?:"
                + String.join("|", cues.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    }

    /** Whether {@code text} is negated: a negation cue, or a contraction ("Didn't", "wasn’t") the cues' word edges miss. */
    boolean negates(String text) {
        return negation.matcher(text).find() || CONTRACTED_NOT.matcher(text).find();
    }

    /** Whether {@code text} looks ahead ("When will they meet again?"): a future cue, so a plan, not what happened. */
    boolean looksAhead(String text) {
        return future.matcher(text).find();
    }

    private static final Pattern CONTRACTED_NOT = Pattern.compile("(?i)\\p{L}n['\u2019]t(?![\\p{L}])");

    /** What is measured once per question and shared by all its candidates. */
    QuestionView view(Question q) {
        Set<String> words = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (String w : QuestionReader.words(q.text())) {
            words.add(w.toLowerCase(Locale.ROOT));
            if (Character.isDigit(w.charAt(0))) numbers.add(w.replace(",", ""));
        }
        List<String> analyzed = index.analyze(q.text());
        Set<String> bigrams = new HashSet<>();
        for (int i = 1; i < analyzed.size(); i++) bigrams.add(analyzed.get(i - 1) + " " + analyzed.get(i));
        double total = q.totalWeight(), unknown = 0, heaviest = 0;
        for (QueryTerm t : q.terms()) {
            if (!t.known()) unknown += t.weight();
            heaviest = Math.max(heaviest, t.weight());
        }
        boolean unknownFocus = q.terms().stream().anyMatch(t -> t.focus() && !t.known());
        return new QuestionView(
                q,
                words,
                numbers,
                bigrams,
                negation.matcher(q.text()).find(),
                total == 0 ? 0 : unknown / total,
                heaviest,
                unknownFocus);
    }

    record QuestionView(
            Question question,
            Set<String> words,
            Set<String> numbers,
            Set<String> bigrams,
            boolean negated,
            double unknownShare,
            double heaviest,
            boolean unknownFocus) {}

    /** The search's view of one candidate among the others. */
    record Retrieval(
            double bm25Share,
            int bm25Rank,
            double cosine,
            int cosineRank,
            double bestCosine,
            double predicateCosine,
            boolean scene) {}

    double[] measure(QuestionView v, Passage p, SentenceFacts facts, Retrieval r) {
        Question q = v.question();
        double[] x = new double[Feature.COUNT];
        String quote = p.quote();
        List<String> tokens = index.analyze(quote);
        Set<String> sentence = new HashSet<>(tokens);
        boolean borrows = (types.isBareQuotation(quote) || types.opensWithPronoun(quote) || types.quotesPronoun(quote))
                && p.sentence().number() > 1;
        if (borrows) {
            // “We see this as a positive step.”, "He wrote that …" and "“…,” he said" belong to whoever the sentence
            // before names.
            sentence.addAll(index.analyze(
                    p.paragraph().sentences().get(p.sentence().number() - 2).text()));
        }
        Set<String> context = new HashSet<>(index.analyze(p.context()));
        double total = q.totalWeight(), covered = 0, inSentence = 0, unmatched = 0;
        int matchedTerms = 0, predicateMisses = 0;
        double predicate = 0, predicateFound = 0, names = 0, namesFound = 0;
        boolean facetWordMissing = false, numberMissing = false;
        double facetFit = facetFit(q, facts);
        for (QueryTerm t : q.terms()) {
            double match = 0;
            for (List<String> form : t.forms()) {
                if (sentence.containsAll(form)) match = 1;
                else if (match < 0.5 && context.containsAll(form)) match = 0.5;
            }
            if (t.facetCue() && facetFit > 0) match = 1; // "against", "agree": the sentence is of the kind asked for
            covered += t.weight() * match;
            if (match > 0) matchedTerms++;
            if (match == 0) unmatched = Math.max(unmatched, t.weight());
            if (t.facetCue() && match == 0) facetWordMissing = true;
            if (match == 0 && Character.isDigit(t.surface().charAt(0))) numberMissing = true;
            if (match == 1) inSentence += t.weight();
            if (isName(t.surface())) {
                names += t.weight();
                if (match == 1) namesFound += t.weight();
            } else if (!t.generic()) {
                predicate += t.weight();
                if (match == 1) predicateFound += t.weight();
                else predicateMisses++;
            }
        }
        x[Feature.COVERAGE.ordinal()] = r.scene() ? 1 : total == 0 ? 0 : covered / total;
        x[Feature.SENTENCE_COVERAGE.ordinal()] = r.scene() ? 1 : total == 0 ? 0 : inSentence / total;
        x[Feature.TERM_SHARE.ordinal()] =
                q.terms().isEmpty() ? 0 : (double) matchedTerms / q.terms().size();
        x[Feature.BIGRAMS.ordinal()] = bigramShare(v.bigrams(), tokens);
        x[Feature.UNMATCHED_MAX.ordinal()] = v.heaviest() == 0 ? 0 : unmatched / v.heaviest();
        x[Feature.PREDICATE_COVERAGE.ordinal()] = predicate == 0 ? 1 : predicateFound / predicate;
        x[Feature.PREDICATE_MISSES.ordinal()] = Math.log1p(predicateMisses);
        // The scene sentence covers the sides that made the question one about the meeting ("the US and Russian
        // officials"), as it covers all the question's terms above.
        x[Feature.NAME_COVERAGE.ordinal()] = r.scene() || names == 0 ? 1 : namesFound / names;
        x[Feature.BM25_SHARE.ordinal()] = r.bm25Share();
        x[Feature.BM25_RECIPROCAL_RANK.ordinal()] = r.bm25Rank() > 0 ? 1.0 / r.bm25Rank() : 0;
        x[Feature.COSINE.ordinal()] = r.cosine();
        x[Feature.COSINE_GAP.ordinal()] = r.cosine() - r.bestCosine();
        x[Feature.PREDICATE_COSINE.ordinal()] = r.predicateCosine();
        x[Feature.COSINE_RECIPROCAL_RANK.ordinal()] = r.cosineRank() > 0 ? 1.0 / r.cosineRank() : 0;

        if (q.asksQuantity()) {
            x[Feature.TYPE_QUANTITY.ordinal()] = types.saysHowMany(quote) ? 1 : 0;
        } else {
            switch (q.type()) {
                case WHO ->
                    x[Feature.TYPE_WHO.ordinal()] =
                            facts.people().isEmpty() ? 0 : facts.presentParticipants() ? 1 : 0.7;
                case WHERE -> x[Feature.TYPE_WHERE.ordinal()] = types.saysWhere(quote) ? 1 : 0;
                case WHEN -> x[Feature.TYPE_WHEN.ordinal()] = types.saysWhen(quote) ? 1 : 0;
                case WHY -> x[Feature.TYPE_WHY.ordinal()] = types.saysWhy(quote) ? 1 : 0;
                default -> {}
            }
        }
        if (q.asksWords()) x[Feature.TYPE_WORDS.ordinal()] = types.reportsWords(quote) ? 1 : 0;
        if (q.asksNext()) x[Feature.TYPE_NEXT.ordinal()] = future.matcher(quote).find() ? 1 : 0;
        if (q.type() == QuestionType.WHO
                && facts.people().isEmpty()
                && facts.parties().isEmpty()) {
            x[Feature.WHO_WITHOUT_PEOPLE.ordinal()] = 1;
        }
        x[Feature.NEW_NAME.ordinal()] = hasNew(NAME, quote, v.words(), true) ? 1 : 0;
        x[Feature.NEW_NUMBER.ordinal()] = hasNew(NUMBER, quote, v.numbers(), false) ? 1 : 0;

        x[Feature.FACET_FIT.ordinal()] = facetFit;
        x[Feature.MISSES_FACET.ordinal()] = facetWordMissing && facetFit == 0 && !r.scene() ? 1 : 0;
        x[Feature.MISSES_NUMBER.ordinal()] = numberMissing ? 1 : 0;
        x[Feature.SCENE.ordinal()] = r.scene() ? 1 : 0;
        x[Feature.NEGATION_MISMATCH.ordinal()] =
                v.negated() != negation.matcher(quote).find() ? 1 : 0;

        x[Feature.QUESTION_MARK.ordinal()] = quote.stripTrailing().endsWith("?") ? 1 : 0;
        x[Feature.BORROWS_PREVIOUS.ordinal()] = borrows ? 1 : 0;
        x[Feature.FIRST_IN_PARAGRAPH.ordinal()] = p.sentence().number() == 1 ? 1 : 0;
        x[Feature.LEAD_PARAGRAPH.ordinal()] = p.paragraph().number() == 1 ? 1 : 0;
        x[Feature.LENGTH.ordinal()] = Math.log1p(tokens.size());

        boolean quantity = q.asksQuantity();
        x[Feature.ASKS_WHO.ordinal()] = q.type() == QuestionType.WHO ? 1 : 0;
        x[Feature.ASKS_WHAT.ordinal()] = q.type() == QuestionType.WHAT ? 1 : 0;
        x[Feature.ASKS_WHERE.ordinal()] = q.type() == QuestionType.WHERE ? 1 : 0;
        x[Feature.ASKS_WHEN.ordinal()] = q.type() == QuestionType.WHEN ? 1 : 0;
        x[Feature.ASKS_WHY.ordinal()] = q.type() == QuestionType.WHY ? 1 : 0;
        x[Feature.ASKS_HOW.ordinal()] = q.type() == QuestionType.HOW && !quantity ? 1 : 0;
        x[Feature.ASKS_QUANTITY.ordinal()] = quantity ? 1 : 0;
        x[Feature.ASKS_YES_NO.ordinal()] = q.type() == QuestionType.YES_NO ? 1 : 0;
        x[Feature.ASKS_WORDS.ordinal()] = q.asksWords() ? 1 : 0;
        x[Feature.UNKNOWN_FOCUS.ordinal()] = v.unknownFocus() ? 1 : 0;
        x[Feature.UNKNOWN_FOCUS_COSINE.ordinal()] = v.unknownFocus() ? r.predicateCosine() : 0;
        x[Feature.UNKNOWN_SHARE.ordinal()] = v.unknownShare();
        x[Feature.TERMS.ordinal()] = Math.log1p(q.terms().size());
        return x;
    }

    /** A name or a number as the question wrote it: capitalised or starting with a digit. */
    static boolean isName(String surface) {
        int first = surface.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static double bigramShare(Set<String> bigrams, List<String> tokens) {
        if (bigrams.isEmpty()) return 0;
        int found = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < tokens.size(); i++) {
            String b = tokens.get(i - 1) + " " + tokens.get(i);
            if (bigrams.contains(b) && seen.add(b)) found++;
        }
        return (double) found / bigrams.size();
    }

    /** Whether the text holds a match of {@code pattern} (past its first word, for names) the question lacks. */
    private static boolean hasNew(Pattern pattern, String text, Set<String> asked, boolean skipFirstWord) {
        var m = pattern.matcher(text);
        while (m.find()) {
            if (skipFirstWord && m.start() == 0) continue;
            String found = m.group().toLowerCase(Locale.ROOT).replace(",", "");
            if (!asked.contains(found)) return true;
        }
        return false;
    }

    private static double facetFit(Question q, SentenceFacts facts) {
        return switch (q.facet()) {
            case PARTICIPANTS -> facts.presentParticipants() ? 1 : 0;
            case OUTCOMES -> facts.isOutcome() ? 1 : 0;
            case OBJECTIONS -> facts.isObjection() ? 1 : 0;
            case OPEN_QUESTIONS -> facts.openQuestion() ? 1 : 0;
            case NONE -> 0;
        };
    }

    /** Whether a sentence says when: a date, a day, a year or a time word. */
    boolean saysWhen(String sentence) {
        return types.saysWhen(sentence);
    }
}
