package org.parley.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.Lexicon;
import org.parley.index.SentenceIndex;

/** Reads a question: its type, the facet it asks about, and its terms with aliases and synonyms. */
final class QuestionReader {

    private static final Pattern WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[.'\u2019\\-]\\p{L}[\\p{L}\\p{M}]*)*\\.?|\\p{N}+");
    /** Words that shape a question but say nothing about what it asks. */
    private static final Set<String> QUESTION_STOPWORDS = Set.of(
            "what",
            "who",
            "whom",
            "whose",
            "where",
            "when",
            "why",
            "how",
            "which",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "do",
            "does",
            "did",
            "done",
            "have",
            "has",
            "had",
            "can",
            "could",
            "will",
            "would",
            "should",
            "shall",
            "may",
            "might",
            "must",
            "the",
            "a",
            "an",
            "of",
            "to",
            "in",
            "on",
            "at",
            "for",
            "with",
            "about",
            "by",
            "from",
            "and",
            "or",
            "not",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "there",
            "their",
            "they",
            "them",
            "he",
            "she",
            "his",
            "her",
            "him",
            "i",
            "me",
            "my",
            "we",
            "our",
            "you",
            "your",
            "tell",
            "please",
            "know",
            "any",
            "some",
            "so",
            "happen",
            "happened",
            "happening",
            "happens",
            "long",
            "many",
            "much",
            "into",
            "as",
            "than",
            "then",
            "just",
            "also",
            "get",
            "got",
            "there's",
            "what's",
            "who's",
            "where's",
            "one",
            "ones",
            "s",
            "kind",
            "sort",
            "thing",
            "things",
            "exactly",
            // light verbs: the noun after them carries the meaning ("hold a position", "play a role")
            "hold",
            "holds",
            "held",
            "play",
            "plays",
            "played",
            "make",
            "makes",
            "give",
            "gave",
            "given",
            "go",
            "goes",
            "went",
            "gone",
            "put",
            "keep",
            "kept",
            "remain",
            "remains",
            "still",
            // function words Lucene's short stop list keeps
            "during",
            "after",
            "before",
            "around",
            "across",
            "among",
            "amongst",
            "through",
            "throughout",
            "toward",
            "towards",
            "upon",
            "within",
            "without",
            "since",
            "until",
            "till",
            "via",
            "per",
            "each",
            "other",
            "every",
            "such",
            "own",
            "same",
            "very",
            "already",
            "ever",
            "never",
            "now",
            "here",
            "whether",
            "either",
            "neither",
            "more",
            "most",
            "less",
            "least",
            "few",
            "several",
            "again",
            "further",
            "once",
            "only",
            "even",
            "ago",
            "far",
            "really",
            "actually",
            "currently",
            "right",
            "yet",
            "anything",
            "something",
            "everything",
            "nothing",
            "someone",
            "anyone",
            "people's",
            "having",
            "doing",
            "going",
            "see",
            "seen",
            "saw",
            "look",
            "looks",
            "looked");
    /** Words that ask for someone's words or views. */
    private static final Set<String> SPEECH = Set.of(
            "say",
            "said",
            "says",
            "think",
            "thought",
            "thinks",
            "feel",
            "felt",
            "describe",
            "described",
            "call",
            "called",
            "view",
            "react",
            "reacted",
            "reaction",
            "respond",
            "responded",
            "comment",
            "comments",
            "claim",
            "claimed",
            "mean",
            "meant",
            "stated",
            "state",
            "opinion");
    /** Words that frame a question without narrowing it. */
    private static final Set<String> GENERIC = Set.of(
            "main",
            "key",
            "major",
            "biggest",
            "important",
            "raised",
            "made",
            "voiced",
            "expressed",
            "overall",
            "list",
            "all",
            "every",
            "parties",
            "party",
            "side",
            "sides",
            "people",
            "person",
            "anyone",
            "someone",
            "everyone",
            "involved",
            "part",
            "take",
            "took",
            "come",
            "came",
            "issue",
            "issues",
            "matter",
            "matters",
            "question",
            "questions",
            "points",
            "point",
            "details",
            "countries",
            "country",
            "nations",
            "nation",
            "two",
            "both",
            "each",
            "other",
            "delegations",
            "delegation",
            "meet",
            "met",
            "place",
            "exactly",
            "held",
            "date",
            "day",
            "time",
            "city",
            "venue",
            "location");

    private static final Pattern OBJECTION = Pattern.compile(
            "\\b(object\\w*|oppos\\w*|reject\\w*|concern\\w*|critici\\w*|upset|fear\\w*|worr\\w*|protest\\w*|"
                    + "complain\\w*|against|exclu\\w*|sideline\\w*|angry|unhappy|disagree\\w*|alarm\\w*|unsettl\\w*|"
                    + "dissent\\w*|resist\\w*|push(?:ed|es|ing)? ?back)\\b");
    private static final Pattern OUTCOME = Pattern.compile(
            "\\b(agree\\w*|outcome\\w*|result\\w*|decid\\w*|decision\\w*|next|plan\\w*|roadmap|achiev\\w*|deal|"
                    + "accomplish\\w*|conclu\\w*|come out|steps?|future|ahead|summit|follow\\W?up|produce\\w*)\\b");
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "\\b(who (?:met|meets|attended|took part|participated|was there|were there|represented|negotiated|led|"
                    + "was present|were present|talked|held|joined|sat|came)|participa\\w*|attend\\w*|delegat\\w*|"
                    + "represent\\w*|took part|take part|present at|negotiators?|roles?|who was involved|who were involved|"
                    + "at the (?:talks|meeting|summit|negotiations|session|table)|join(?:ed)? the (?:talks|meeting|session))\\b");
    private static final Pattern OPEN = Pattern.compile(
            "\\b(unresolved|unsettled|unclear|uncertain|undecided|unanswered|"
                    + "open questions?|still open|remains? (?:open|to be seen|unknown)|not (?:yet )?(?:decided|agreed|settled|resolved))\\b");
    private static final Pattern QUANTITY =
            Pattern.compile("\\bhow (long|many|much|far|big|large|often|old|tall|high|deep|wide)\\b");
    private static final Pattern NEXT = Pattern.compile(
            "\\b(next|ahead|future|upcoming|what happens|what comes|going forward|follow\\W?up|plans?)\\b");
    private static final Set<String> FACET_WORDS = Set.of(
            "object",
            "objected",
            "objection",
            "objections",
            "oppose",
            "against",
            "opposed",
            "reject",
            "rejected",
            "concerns",
            "concern",
            "criticism",
            "criticized",
            "upset",
            "outcome",
            "outcomes",
            "result",
            "results",
            "agreed",
            "agree",
            "agreement",
            "decided",
            "decision",
            "next",
            "plans",
            "plan",
            "steps",
            "step",
            "achieved",
            "unresolved",
            "unsettled",
            "unclear",
            "uncertain",
            "open",
            "participants",
            "participated",
            "attended",
            "met",
            "meet",
            "delegation",
            "delegations",
            "represented",
            "took",
            "part",
            "present",
            "role",
            "roles",
            "involved");
    private static final Set<String> EVENT_WORDS = Set.of(
            "talks",
            "meeting",
            "meetings",
            "discussions",
            "negotiations",
            "summit",
            "session",
            "conversation",
            "conference");

    private static final Set<String> MODIFIERS = Set.of(
            "last", "next", "first", "new", "old", "main", "key", "big", "small", "same", "latest", "recent", "former",
            "future", "past", "final", "top", "early", "late", "whole");
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile("(ous|al|ive|ent|ant|ic|ful|less|able|ible|ary|ory|est)$");
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "its", "his", "her", "their", "this", "that");

    private final SentenceIndex index;
    private final Lexicon lexicon;
    private final Set<String> frame;
    private final Map<String, List<String>> localAliases = new java.util.HashMap<>();

    /**
     * @param frame analyzed words that set the scene of the talks (the venue): "Who met in Riyadh?" asks who
     *              took part, not what else the text says about Riyadh
     */
    QuestionReader(SentenceIndex index, Lexicon lexicon, Set<String> frame, Map<String, List<String>> localAliases) {
        this.index = index;
        this.lexicon = lexicon;
        this.frame = Set.copyOf(frame);
        localAliases.forEach((canonical, names) -> names.forEach(n -> this.localAliases.put(Lexicon.key(n), names)));
    }

    /** The lexicon's aliases, else those the articles themselves revealed ("Pellara" ~ "Pellaran"). */
    private List<String> aliasesOf(String phrase) {
        List<String> known = lexicon.aliasesOf(phrase);
        return known.isEmpty() ? localAliases.getOrDefault(Lexicon.key(phrase), List.of()) : known;
    }

    Question read(String text) {
        List<String> words = words(text);
        String lower = text.toLowerCase(Locale.ROOT);
        QuestionType type = type(words);
        Facet facet;
        facet = OPEN.matcher(lower).find()
                ? Facet.OPEN_QUESTIONS
                : OBJECTION.matcher(lower).find()
                        ? Facet.OBJECTIONS
                        : PARTICIPANTS.matcher(lower).find()
                                        || (type == QuestionType.WHO && containsAny(words, EVENT_WORDS))
                                ? Facet.PARTICIPANTS
                                : OUTCOME.matcher(lower).find() ? Facet.OUTCOMES : Facet.NONE;
        if (facet == Facet.PARTICIPANTS && (type == QuestionType.WHEN || type == QuestionType.WHERE)) {
            facet = Facet.NONE; // "When did the delegations meet?" asks for a date, not a roster
        }
        boolean asksWords = words.stream().anyMatch(w -> SPEECH.contains(w.toLowerCase(Locale.ROOT)));
        boolean framed = type == QuestionType.WHO && facet == Facet.PARTICIPANTS;
        List<QueryTerm> terms = markFocus(terms(words, framed ? frame : Set.of()), words);
        boolean narrow = terms.stream()
                .anyMatch(t -> !t.generic() && !FACET_WORDS.contains(t.surface().toLowerCase(Locale.ROOT)));
        boolean asksQuantity = QUANTITY.matcher(lower).find();
        boolean asksNext = NEXT.matcher(lower).find();
        // "Who described the conversation as very useful?" asks for one speaker, not the roster of the talks.
        boolean asksSpeaker = type == QuestionType.WHO && asksWords;
        return new Question(
                text,
                type,
                facet,
                facet != Facet.NONE && !narrow && !asksSpeaker,
                asksWords,
                asksQuantity,
                asksNext,
                terms);
    }

    private static QuestionType type(List<String> words) {
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT);
            switch (lw) {
                case "who", "whom", "whose":
                    return QuestionType.WHO;
                case "where":
                    return QuestionType.WHERE;
                case "when":
                    return QuestionType.WHEN;
                case "why":
                    return QuestionType.WHY;
                case "how":
                    return QuestionType.HOW;
                case "what", "which": {
                    int i = words.indexOf(w);
                    String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
                    if (Set.of("year", "date", "day", "month", "time").contains(next)) return QuestionType.WHEN;
                    if (Set.of("city", "country", "place", "venue", "location").contains(next))
                        return QuestionType.WHERE;
                    if (next.equals("reason")) return QuestionType.WHY;
                    return QuestionType.WHAT;
                }
                case "is",
                        "are",
                        "was",
                        "were",
                        "did",
                        "does",
                        "do",
                        "has",
                        "have",
                        "had",
                        "can",
                        "could",
                        "will",
                        "would",
                        "should":
                    return QuestionType.YES_NO;
                default: {
                    if (Set.of(
                                    "tell",
                                    "please",
                                    "so",
                                    "and",
                                    "ok",
                                    "okay",
                                    "hey",
                                    "me",
                                    "us",
                                    "explain",
                                    "describe",
                                    "list",
                                    "name",
                                    "on",
                                    "in",
                                    "at",
                                    "for",
                                    "by",
                                    "from",
                                    "with",
                                    "to",
                                    "under",
                                    "since",
                                    "during",
                                    "after",
                                    "before")
                            .contains(lw)) continue;
                    return QuestionType.OTHER;
                }
            }
        }
        return QuestionType.OTHER;
    }

    /**
     * The noun a determiner introduces ("the population of …", "the king of …") is what the question asks
     * about; when the corpus never uses it, the question is very likely about something the articles lack.
     */
    private static List<QueryTerm> markFocus(List<QueryTerm> terms, List<String> words) {
        Set<String> focus = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1).toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(before)) {
                // "the population of …" → population; "the current pause …" → pause (skip one modifier)
                boolean modifierFirst = i + 1 < words.size()
                        && looksLikeModifier(words.get(i).toLowerCase(Locale.ROOT))
                        && !QUESTION_STOPWORDS.contains(words.get(i + 1).toLowerCase(Locale.ROOT))
                        && !SPEECH.contains(words.get(i + 1).toLowerCase(Locale.ROOT));
                focus.add(words.get(modifierFirst ? i + 1 : i).toLowerCase(Locale.ROOT));
            } else if (before.equals("how") && i == 1) {
                String next = words.get(i).toLowerCase(Locale.ROOT);
                if (next.equals("many") || next.equals("much")) {
                    // "how many people have been killed": the first word that is neither framing nor a stop word
                    for (int k = i + 1; k < words.size(); k++) {
                        String w = words.get(k).toLowerCase(Locale.ROOT);
                        if (!QUESTION_STOPWORDS.contains(w) && !GENERIC.contains(w)) {
                            focus.add(w);
                            break;
                        }
                    }
                } else {
                    focus.add(next); // "how tall is …"
                }
            }
        }
        return terms.stream()
                .map(t -> focus.contains(t.surface().toLowerCase(Locale.ROOT))
                                && !t.entity()
                                && !t.generic()
                                && !t.facetCue()
                        ? new QueryTerm(
                                t.surface(),
                                t.forms(),
                                t.weight(),
                                t.known(),
                                t.entity(),
                                t.generic(),
                                true,
                                t.facetCue())
                        : t)
                .toList();
    }

    /** "previous", "current", "main": words that stand before the noun a question turns on. */
    private static boolean looksLikeModifier(String word) {
        return MODIFIERS.contains(word) || ADJECTIVE_ENDING.matcher(word).find();
    }

    private List<QueryTerm> terms(List<String> words, Set<String> frame) {
        List<QueryTerm> terms = new ArrayList<>();
        int n = index.sentenceCount();
        int longest = Math.max(2, lexicon.longestAliasWords());
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int len = Math.min(longest, words.size() - i); len >= 1 && taken == 0; len--) {
                String phrase = String.join(" ", words.subList(i, i + len));
                List<String> aliases = aliasesOf(phrase);
                Set<String> synonyms = lexicon.synonymsOf(phrase);
                boolean capitalised = Character.isUpperCase(phrase.codePointAt(0));
                if (!aliases.isEmpty() && (capitalised || len > 1)) {
                    terms.add(term(phrase, aliases, n, true, frame));
                    taken = len;
                } else if (len > 1 && !synonyms.isEmpty()) {
                    List<String> forms = new ArrayList<>();
                    forms.add(phrase);
                    forms.addAll(synonyms);
                    terms.add(term(phrase, forms, n, false, frame));
                    taken = len;
                }
            }
            if (taken == 0) {
                String w = words.get(i);
                String lw = w.toLowerCase(Locale.ROOT).replace("\u2019", "'");
                if (!QUESTION_STOPWORDS.contains(lw)
                        && !SPEECH.contains(lw)
                        && !index.analyze(w).isEmpty()) {
                    List<String> forms = new ArrayList<>();
                    forms.add(w);
                    forms.addAll(lexicon.synonymsOf(w));
                    terms.add(term(w, forms, n, false, frame));
                }
                taken = 1;
            }
            i += taken;
        }
        return dedupe(terms);
    }

    private QueryTerm term(String surface, List<String> variants, int n, boolean entity, Set<String> frame) {
        Set<List<String>> forms = new LinkedHashSet<>();
        for (String v : variants) {
            List<String> analyzed = index.analyze(v);
            if (!analyzed.isEmpty()) forms.add(analyzed);
        }
        if (!entity && forms.stream().noneMatch(f -> f.stream().allMatch(index::knows))) {
            // An unknown single word may be a form the stemmer leaves apart: "invade" for "invasion".
            List<String> word = index.analyze(surface);
            if (word.size() == 1) index.nearTerm(word.get(0)).ifPresent(near -> forms.add(List.of(near)));
        }
        boolean known = false;
        int bestDf = 0;
        for (List<String> form : forms) {
            if (form.stream().allMatch(index::knows)) {
                known = true;
                int df = form.stream().mapToInt(index::sentencesWith).min().orElse(0);
                bestDf = Math.max(bestDf, Math.max(df, 1));
            }
        }
        double idf = known ? Math.log(1 + (double) n / bestDf) : Math.log(1 + n) + 1;
        String lower = surface.toLowerCase(Locale.ROOT);
        boolean generic = GENERIC.contains(lower)
                || EVENT_WORDS.contains(lower)
                || (!forms.isEmpty() && forms.stream().anyMatch(f -> frame.containsAll(f)));
        double weight = idf * (entity ? 1.3 : 1.0) * (generic ? 0.4 : 1.0);
        boolean facetCue =
                OBJECTION.matcher(lower).find() || OUTCOME.matcher(lower).find();
        return new QueryTerm(surface, List.copyOf(forms), weight, known, entity, generic, false, facetCue);
    }

    private static List<QueryTerm> dedupe(List<QueryTerm> terms) {
        List<QueryTerm> out = new ArrayList<>();
        Set<List<List<String>>> seen = new LinkedHashSet<>();
        for (QueryTerm t : terms) {
            if (!t.forms().isEmpty() && seen.add(t.forms())) out.add(t);
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith(".") && !w.substring(0, w.length() - 1).contains(".")) w = w.substring(0, w.length() - 1);
            if (w.endsWith("'s") || w.endsWith("\u2019s")) w = w.substring(0, w.length() - 2);
            out.add(w);
        }
        return out;
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        return words.stream().anyMatch(w -> set.contains(w.toLowerCase(Locale.ROOT)));
    }
}
