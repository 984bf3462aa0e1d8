package org.parley.facts;

import java.util.List;
import java.util.Map;

/**
 * What the articles say about the talks: people, parties, outcomes, objections, open questions.
 *
 * @param localAliases countries the lexicon lacks, learned from the text, with their demonyms
 *                     ("Kestria" → [Kestria, Kestrian])
 * @param venues       where each article places its talks (article id → "Riyadh, Saudi Arabia"), when it does
 */
public record Facts(List<Participant> participants, List<PartyFact> parties, List<Outcome> outcomes,
                    List<Objection> objections, List<OpenQuestion> openQuestions, Meeting meeting,
                    Map<String, SentenceFacts> bySentence, Map<String, List<String>> localAliases,
                    Map<String, String> venues) {
    public Facts {
        participants = List.copyOf(participants);
        parties = List.copyOf(parties);
        outcomes = List.copyOf(outcomes);
        objections = List.copyOf(objections);
        openQuestions = List.copyOf(openQuestions);
        bySentence = Map.copyOf(bySentence);
        localAliases = Map.copyOf(localAliases);
        venues = Map.copyOf(venues);
    }

    public SentenceFacts of(String passageKey) {
        return bySentence.getOrDefault(passageKey, SentenceFacts.NONE);
    }
}
