package org.parley.quiz;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Passage;

/**
 * A person the quiz may ask about or offer as a wrong choice, with only what the text bears out.
 *
 * @param article     the article that introduces them: wrong choices come from the same article
 * @param spellings   full name, surname and known aliases, for finding them in a sentence
 * @param role        their role as the text writes it next to their name, or empty when it is unclear
 * @param roleFamily  the role's title in comparison form ("foreign minister"): two roles with one title are
 *                    never right and wrong choices of one question
 * @param side        the country their role names ("Russian Foreign Minister"), or empty
 * @param ownSide     the side the facts give them, however they learned it, or empty
 * @param presence    the sentence that places them at the talks, when the text does
 * @param absence     the sentence that keeps them from the talks in so many words ("did not travel"), if any
 */
record QuizPerson(
        String name,
        String article,
        List<String> spellings,
        String role,
        String roleFamily,
        Optional<Passage> roleCitation,
        String side,
        String ownSide,
        Optional<Passage> presence,
        Optional<Passage> absence) {

    String surname() {
        return Text.surname(name);
    }

    /** Whether a sentence names this person (in any spelling). */
    boolean namedIn(String text) {
        return spellings.stream().anyMatch(s -> Text.hasWord(text, s));
    }
}
