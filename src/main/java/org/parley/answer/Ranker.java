package org.parley.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.corpus.Passage;
import org.parley.facts.SentenceFacts;
import org.parley.index.SentenceIndex;

/**
 * Scores a candidate sentence for a question. Every signal is bounded to [0, 1] so the weights mean the same
 * from one question, and one corpus, to the next: how much of the question the sentence covers (IDF
 * weighted, aliases and synonyms included), BM25 relative to the best candidate, embedding similarity, and
 * whether the sentence holds the kind of answer asked for.
 */
final class Ranker {

    static final double W_COVERAGE = 0.40, W_LEXICAL = 0.15, W_SEMANTIC = 0.35, W_TYPE = 0.10, W_FACET = 0.2;
    /** Cosine below this is what unrelated English sentences score with MiniLM; above the top, a paraphrase. */
    static final double SEMANTIC_FLOOR = 0.15, SEMANTIC_SPAN = 0.45;

    private static final Pattern TIME = Pattern.compile("\\bMay\\b|(?i)\\b((19|20)\\d{2}|january|february|march|april|june|july|"
            + "august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "overnight|yesterday|today|tomorrow|tonight|morning|evening|week|weeks|month|months|year|years|days|hours|"
            + "date|earlier|later|since|until)\\b");
    /** An amount: a number that is not a year or a day of the month, or a number word. */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{N}])(?!(?:19|20)\\d\\d(?!\\d))\\p{N}[\\p{N},.]*(?!\\p{N})"
            + "(?!\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))"
            + "|(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|dozens|hundreds?|thousands?|millions?|"
            + "billions?|half|several)\\b");
    private static final Pattern VENUE = Pattern.compile("\\b(?:in|at)\\s+(?:the\\s+)?\\p{Lu}|\\btook place\\b|\\bheld\\b|\\bhosted\\b");
    private static final Pattern CAUSE = Pattern.compile("(?i)\\b(because|due to|after|to avoid|fear|fears|concerns?|so that|"
            + "since|as a result|raising|amid|over|citing|why|reason|without|sidelined|excluded|left out)\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("^(He|She|His|Her|They|Their|It|Its)\\b");
    private static final Pattern SPEECH_VERB = Pattern.compile("(?i)[\u201D\"],?\\s+\\p{L}+\\s+(said|says|told|added|wrote)\\b");
    private static final Pattern SPEECH = Pattern.compile("[\u201C\"]|(?i)\\b(said|says|stated|stating|described|calling|"
            + "called|emphasi[sz]ed|told|argued|wrote|noted|acknowledged|agreed|warned|insisted|praised|welcomed)\\b");

    private final SentenceIndex index;
    private final Pattern future;

    Ranker(SentenceIndex index, java.util.List<String> futureCues) {
        this.index = index;
        this.future = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", futureCues.stream().map(Pattern::quote).toList())
                + ")(?![\\p{L}])");
    }

    /** @param scene the sentence the facts say places or dates the meeting, for a question about exactly that */
    ScoredPassage score(Question q, Passage p, SentenceFacts facts, double lexicalShare, double cosine, boolean scene) {
        Set<String> sentence = new HashSet<>(index.analyze(p.quote()));
        if ((isBareQuotation(p.quote()) || PRONOUN_START.matcher(p.quote()).find()) && p.sentence().number() > 1) {
            // “We see this as a positive step.” and "He wrote that …" belong to whoever the sentence before names.
            sentence.addAll(index.analyze(p.paragraph().sentences().get(p.sentence().number() - 2).text()));
        }
        Set<String> context = new HashSet<>(index.analyze(p.context()));
        double total = q.totalWeight(), covered = 0, inSentence = 0;
        boolean facetWordMissing = false;
        boolean numberMissing = false;
        double facetFit = facetFit(q, facts);
        for (QueryTerm t : q.terms()) {
            double match = 0;
            for (List<String> form : t.forms()) {
                if (sentence.containsAll(form)) match = 1;
                else if (match < 0.5 && context.containsAll(form)) match = 0.5;
            }
            if (t.facetCue() && facetFit > 0) match = 1; // "against", "agree": the sentence is of the kind asked for
            covered += t.weight() * match;
            if (t.facetCue() && match == 0) facetWordMissing = true;
            if (match == 0 && Character.isDigit(t.surface().charAt(0))) numberMissing = true;
            if (match == 1) inSentence += t.weight();
        }
        double coverage = scene ? 1 : total == 0 ? 0 : covered / total;
        double sentenceCoverage = scene ? 1 : total == 0 ? 0 : inSentence / total;
        double semantic = clamp((cosine - SEMANTIC_FLOOR) / SEMANTIC_SPAN);
        double typeFit = typeFit(q, p.quote(), facts);
        if (q.asksNext() && future.matcher(p.quote()).find()) typeFit = Math.max(typeFit, 1);
        double score = W_COVERAGE * coverage + W_LEXICAL * lexicalShare + W_SEMANTIC * semantic
                + typeWeight(q) * typeFit + W_FACET * facetFit;
        if (q.type() == QuestionType.WHO && facts.people().isEmpty() && facts.parties().isEmpty()) {
            score *= 0.7; // "who" wants a person or a party; a sentence naming neither rarely answers it
        }
        if (scene) score += 0.1; // the facts' own answer to "where/when did they meet"
        if (p.quote().stripTrailing().endsWith("?")) score -= 0.08; // a rhetorical question rarely answers one
        return new ScoredPassage(p, facts, score, coverage, sentenceCoverage, cosine, typeFit, facetFit,
                facetWordMissing && facetFit == 0 && !scene, numberMissing);
    }

    /** Who, where and when want a specific kind of answer; a sentence without one rarely answers them. */
    private static double typeWeight(Question q) {
        return switch (q.type()) {
            case WHO, WHERE, WHEN -> 2 * W_TYPE;
            default -> q.asksQuantity() ? 2 * W_TYPE : W_TYPE;
        };
    }

    private static double typeFit(Question q, String text, SentenceFacts facts) {
        if (q.asksQuantity()) return QUANTITY.matcher(text).find() ? 1 : 0;
        double fit = switch (q.type()) {
            case WHO -> facts.people().isEmpty() ? 0 : facts.presentParticipants() ? 1 : 0.7;
            case WHERE -> VENUE.matcher(text).find() ? 1 : 0;
            case WHEN -> TIME.matcher(text).find() ? 1 : 0;
            case WHY -> CAUSE.matcher(text).find() ? 0.6 : 0;
            default -> 0;
        };
        if (q.asksWords() && SPEECH.matcher(text).find()) fit = Math.max(fit, 1);
        return fit;
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

    private static boolean isBareQuotation(String text) {
        return !text.isEmpty() && "\u201C\"".indexOf(text.charAt(0)) >= 0 && !SPEECH_VERB.matcher(text).find();
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
