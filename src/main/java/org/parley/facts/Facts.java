package org.parley.facts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the articles say about the talks: people, parties, outcomes, objections, open questions.
 *
 * @param localAliases countries the lexicon lacks, learned from the text, with their demonyms
 *                     ("Kestria" → [Kestria, Kestrian])
 * @param venues       where each article places its talks (article id → "Riyadh, Saudi Arabia"), when it does
 */
public record Facts(
        List<Participant> participants,
        List<PartyFact> parties,
        List<Outcome> outcomes,
        List<Objection> objections,
        List<OpenQuestion> openQuestions,
        Meeting meeting,
        Map<String, SentenceFacts> bySentence,
        Map<String, List<String>> localAliases,
        Map<String, String> venues,
        Map<String, Pronoun> pronouns) {
    public Facts {
        participants = List.copyOf(participants);
        parties = List.copyOf(parties);
        outcomes = List.copyOf(outcomes);
        objections = List.copyOf(objections);
        openQuestions = List.copyOf(openQuestions);
        bySentence = Map.copyOf(bySentence);
        localAliases = Map.copyOf(localAliases);
        venues = Map.copyOf(venues);
        pronouns = Map.copyOf(pronouns);
    }

    /** How the articles refer to a person: "he" or "she", when they say. */
    public enum Pronoun {
        MASCULINE,
        FEMININE
    }

    private static final Pattern DIRECT_SPEECH = Pattern.compile("[\u201C\u201D\"]");

    public SentenceFacts of(String passageKey) {
        return bySentence.getOrDefault(passageKey, SentenceFacts.NONE);
    }

    /**
     * Each objecting party's strongest objection, parties in the order they first object; where no party is named,
     * each objecting person's (keyed by name: "Donaldson" and "the DUP" are two objections, not one), and "" for
     * objections neither is named for. A named person of the party voicing it beats a general line ("Zelenskyy rejected
     * the talks" over "Ukraine has expressed concerns"); then direct speech; then the stronger objection cues;
     * then the earlier sentence.
     */
    public Map<String, Objection> strongestObjections() {
        Map<String, String> sideOf = new LinkedHashMap<>();
        participants.forEach(p -> sideOf.putIfAbsent(p.name(), p.side()));
        Comparator<Objection> strength = Comparator.comparing(
                        (Objection o) -> !o.person().isEmpty()
                                && !o.party().isEmpty()
                                && o.party().equals(sideOf.get(o.person())))
                .thenComparing(o -> DIRECT_SPEECH.matcher(o.objection()).find())
                .thenComparingInt(o -> of(o.citation().key()).objection());
        Map<String, Objection> strongest = new LinkedHashMap<>();
        // Only a strictly stronger objection replaces the one found first: ties go to the earlier sentence.
        objections.forEach(o -> strongest.merge(
                o.party().isEmpty() ? o.person() : o.party(),
                o,
                (kept, next) -> strength.compare(next, kept) > 0 ? next : kept));
        return strongest;
    }
}
