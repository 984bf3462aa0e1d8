package org.parley.facts;

import java.util.List;

/**
 * What one sentence says, as the ranker sees it.
 *
 * @param people              canonical names of the people it names
 * @param presentParticipants whether it places one of them at the talks
 * @param outcome             outcome cue score (strong cues 2, weak 1)
 * @param objection           objection cue score
 * @param parties             the countries and blocs it names
 */
public record SentenceFacts(
        List<String> people,
        boolean presentParticipants,
        int outcome,
        int objection,
        boolean openQuestion,
        List<String> parties) {
    public static final SentenceFacts NONE = new SentenceFacts(List.of(), false, 0, 0, false, List.of());

    public boolean isOutcome() {
        return outcome >= 2 && outcome > objection;
    }

    public boolean isObjection() {
        return objection >= 2 && objection >= outcome;
    }
}
