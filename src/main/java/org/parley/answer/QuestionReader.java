package org.parley.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.config.Lexicon;
import org.parley.config.QuestionWords;
import org.parley.index.SentenceIndex;

/** Reads a question: its type, the facet it asks about, and its terms with aliases and synonyms. */
final class QuestionReader {

    private static final Pattern WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[.'\u2019\\-]\\p{L}[\\p{L}\\p{M}]*)*\\.?|\\p{N}+");

    private final SentenceIndex index;
    private final Lexicon lexicon;
    private final QuestionWords vocabulary;
    private final Set<String> frame;
    private final Map<String, List<String>> localAliases = new java.util.HashMap<>();
    // The lexicon's phrase lists as patterns, built once: matched against the question in lower case.
    private final Pattern objection;
    private final Pattern outcome;
    private final Pattern participants;
    private final Pattern open;
    private final Pattern quantity;
    private final Pattern next;
    /** Each question word's type; a "what" word may be refined by the word after it. */
    private final Map<String, QuestionType> typeWords = new HashMap<>();

    /**
     * @param frame analyzed words that set the scene of the talks (the venue): "Who met in Riyadh?" asks who
     *              took part, not what else the text says about Riyadh
     */
    QuestionReader(SentenceIndex index, Lexicon lexicon, Set<String> frame, Map<String, List<String>> localAliases) {
        this.index = index;
        this.lexicon = lexicon;
        this.vocabulary = lexicon.question();
        this.frame = Set.copyOf(frame);
        QuestionWords.Facets facets = vocabulary.facets();
        this.objection = anyOf(facets.objection());
        this.outcome = anyOf(facets.outcome());
        this.participants = anyOf(facets.participants());
        this.open = anyOf(facets.open());
        this.quantity = anyOf(vocabulary.quantity());
        this.next = anyOf(vocabulary.next());
        QuestionWords.Types types = vocabulary.types();
        types.who().forEach(w -> typeWords.putIfAbsent(w, QuestionType.WHO));
        types.where().forEach(w -> typeWords.putIfAbsent(w, QuestionType.WHERE));
        types.when().forEach(w -> typeWords.putIfAbsent(w, QuestionType.WHEN));
        types.why().forEach(w -> typeWords.putIfAbsent(w, QuestionType.WHY));
        types.how().forEach(w -> typeWords.putIfAbsent(w, QuestionType.HOW));
        types.what().forEach(w -> typeWords.putIfAbsent(w, QuestionType.WHAT));
        types.yesNo().forEach(w -> typeWords.putIfAbsent(w, QuestionType.YES_NO));
        localAliases.forEach((canonical, names) -> names.forEach(n -> this.localAliases.put(Lexicon.key(n), names)));
    }

    /**
     * The lexicon's aliases, else a party's demonyms the lexicon lists ("Syria" ~ "Syrian"), else those the articles
     * themselves revealed ("Pellara" ~ "Pellaran").
     */
    private List<String> aliasesOf(String phrase) {
        List<String> known = lexicon.aliasesOf(phrase);
        if (known.isEmpty()) known = lexicon.partyMentionsOf(phrase);
        return known.isEmpty() ? localAliases.getOrDefault(Lexicon.key(phrase), List.of()) : known;
    }

    Question read(String text) {
        List<String> words = words(text);
        String lower = text.toLowerCase(Locale.ROOT);
        QuestionType type = type(words);
        Facet facet;
        facet = open.matcher(lower).find()
                ? Facet.OPEN_QUESTIONS
                : objection.matcher(lower).find()
                        ? Facet.OBJECTIONS
                        : participants.matcher(lower).find()
                                        || (type == QuestionType.WHO && containsAny(words, vocabulary.events()))
                                ? Facet.PARTICIPANTS
                                : outcome.matcher(lower).find() ? Facet.OUTCOMES : Facet.NONE;
        if (facet == Facet.PARTICIPANTS && (type == QuestionType.WHEN || type == QuestionType.WHERE)) {
            facet = Facet.NONE; // "When did the delegations meet?" asks for a date, not a roster
        }
        boolean asksWords = words.stream().anyMatch(w -> vocabulary.speech().contains(w.toLowerCase(Locale.ROOT)));
        boolean framed = type == QuestionType.WHO && facet == Facet.PARTICIPANTS;
        List<QueryTerm> terms = markFocus(terms(words, framed ? frame : Set.of(), facetNouns(lower)), words);
        boolean narrow = terms.stream()
                .anyMatch(t -> !t.generic()
                        && !vocabulary.facetWords().contains(t.surface().toLowerCase(Locale.ROOT)));
        boolean asksQuantity = quantity.matcher(lower).find();
        boolean asksNext = next.matcher(lower).find();
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

    private QuestionType type(List<String> words) {
        QuestionWords.Types types = vocabulary.types();
        for (int i = 0; i < words.size(); i++) {
            String lw = words.get(i).toLowerCase(Locale.ROOT).replace("\u2019", "'");
            QuestionType type = typeWords.get(lw);
            if (type == QuestionType.WHAT) {
                String after = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
                if (types.whatWhen().contains(after)) return QuestionType.WHEN;
                if (types.whatWhere().contains(after)) return QuestionType.WHERE;
                if (types.whatWhy().contains(after)) return QuestionType.WHY;
            }
            if (type != null) return type;
            if (!types.leadIn().contains(lw)) return QuestionType.OTHER;
        }
        return QuestionType.OTHER;
    }

    /**
     * The noun a determiner introduces ("the population of …", "the king of …") is what the question asks
     * about; when the corpus never uses it, the question is very likely about something the articles lack.
     */
    private List<QueryTerm> markFocus(List<QueryTerm> terms, List<String> words) {
        Set<String> focus = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1).toLowerCase(Locale.ROOT);
            if (vocabulary.determiners().contains(before)) {
                // "the population of …" → population; "the current pause …" → pause (skip one modifier)
                boolean modifierFirst = i + 1 < words.size()
                        && looksLikeModifier(words.get(i).toLowerCase(Locale.ROOT))
                        && !vocabulary.stopWords().contains(words.get(i + 1).toLowerCase(Locale.ROOT))
                        && !vocabulary.speech().contains(words.get(i + 1).toLowerCase(Locale.ROOT));
                focus.add(words.get(modifierFirst ? i + 1 : i).toLowerCase(Locale.ROOT));
            } else if (vocabulary.types().how().contains(before) && i == 1) {
                String after = words.get(i).toLowerCase(Locale.ROOT);
                if (vocabulary.counts().contains(before + " " + after)) {
                    // "how many people have been killed": the first word that is neither framing nor a stop word
                    for (int k = i + 1; k < words.size(); k++) {
                        String w = words.get(k).toLowerCase(Locale.ROOT);
                        if (!vocabulary.stopWords().contains(w)
                                && !vocabulary.generic().contains(w)) {
                            focus.add(w);
                            break;
                        }
                    }
                } else {
                    focus.add(after); // "how tall is …"
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

    /**
     * The nouns of the lexicon's facet phrases that the question uses ("at the table", "join the session"): they frame
     * the question as the phrase does ("Was anyone from Ukraine at the table?" asks who took part), so they are
     * searched for as generic words, and are no noun the articles must hold.
     */
    private Set<String> facetNouns(String lower) {
        Set<String> nouns = new java.util.HashSet<>();
        for (Pattern facet : List.of(participants, outcome, objection, open)) {
            Matcher m = facet.matcher(lower);
            while (m.find()) {
                String[] phrase = m.group().trim().split("\\s+");
                for (int i = 1; i < phrase.length; i++) {
                    if (vocabulary.determiners().contains(phrase[i - 1])) nouns.add(phrase[i]);
                }
            }
        }
        return nouns;
    }

    /** "previous", "current", "main": words that stand before the noun a question turns on. */
    private boolean looksLikeModifier(String word) {
        return vocabulary.modifiers().contains(word)
                || vocabulary.modifierEndings().stream().anyMatch(word::endsWith);
    }

    private List<QueryTerm> terms(List<String> words, Set<String> frame, Set<String> facetNouns) {
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
                    terms.add(term(phrase, aliases, n, true, frame, facetNouns));
                    taken = len;
                } else if (len > 1 && !synonyms.isEmpty()) {
                    List<String> forms = new ArrayList<>();
                    forms.add(phrase);
                    forms.addAll(synonyms);
                    terms.add(term(phrase, forms, n, false, frame, facetNouns));
                    taken = len;
                }
            }
            if (taken == 0) {
                String w = words.get(i);
                String lw = w.toLowerCase(Locale.ROOT).replace("\u2019", "'");
                if (!vocabulary.stopWords().contains(lw)
                        && !vocabulary.speech().contains(lw)
                        && !index.analyze(w).isEmpty()) {
                    List<String> forms = new ArrayList<>();
                    forms.add(w);
                    forms.addAll(lexicon.synonymsOf(w));
                    forms.addAll(yearsEndingIn(w));
                    terms.add(term(w, forms, n, false, frame, facetNouns));
                }
                taken = 1;
            }
            i += taken;
        }
        return dedupe(terms);
    }

    private QueryTerm term(
            String surface, List<String> variants, int n, boolean entity, Set<String> frame, Set<String> facetNouns) {
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
        // An unknown word weighs one more than a word of a single sentence. Weighing it the same was measured by
        // leave-one-article-out (README, "Features and models tried"): SQuAD hit@1 0.758 -> 0.755, so the +1 stays.
        double idf = known ? Math.log(1 + (double) n / bestDf) : Math.log(1 + n) + 1;
        String lower = surface.toLowerCase(Locale.ROOT);
        boolean generic = vocabulary.generic().contains(lower)
                || vocabulary.events().contains(lower)
                || facetNouns.contains(lower)
                || (!forms.isEmpty() && forms.stream().anyMatch(f -> frame.containsAll(f)));
        double weight = idf * (entity ? 1.3 : 1.0) * (generic ? 0.4 : 1.0);
        boolean facetCue =
                objection.matcher(lower).find() || outcome.matcher(lower).find();
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

    /**
     * "the 72 letter", "back in '05": the articles' years a two-digit number may be short for (1972, 2005), when the
     * articles never write the number itself ("article 56" stays article 56).
     */
    private List<String> yearsEndingIn(String word) {
        if (word.length() != 2
                || !Character.isDigit(word.charAt(0))
                || !Character.isDigit(word.charAt(1))
                || index.knows(word)) {
            return List.of();
        }
        return Stream.of("19" + word, "20" + word).filter(index::knows).toList();
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

    /**
     * One pattern for a lexicon phrase list, matching any entry on whole words: "object*" is any word that starts
     * so, a hyphen is one optional mark or space ("follow-up", "follow up", "followup"), a space is a space.
     */
    static Pattern anyOf(List<String> phrases) {
        if (phrases.isEmpty()) return Pattern.compile("(?!)"); // an empty list matches nothing
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            if (alternatives.length() > 0) alternatives.append('|');
            boolean stem = phrase.endsWith("*");
            String body = stem ? phrase.substring(0, phrase.length() - 1) : phrase;
            String[] parts = body.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) alternatives.append("\\W?");
                if (!parts[i].isEmpty()) alternatives.append(Pattern.quote(parts[i]));
            }
            if (stem) alternatives.append("\\w*");
        }
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        return words.stream().anyMatch(w -> set.contains(w.toLowerCase(Locale.ROOT)));
    }
}
