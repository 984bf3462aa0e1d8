package org.parley.answer;

import java.util.List;

/**
 * One thing a question asks about, with every way the articles may write it.
 *
 * @param surface the words as the question wrote them
 * @param forms   analyzed forms: the word itself first, then aliases and synonyms; a form matches when all
 *                its terms occur
 * @param weight  how much the term matters: rarer in the corpus weighs more, unknown weighs most
 * @param known   whether any form occurs anywhere in the corpus
 * @param entity  whether it names a known entity (country, bloc, person)
 * @param generic a word that frames the question ("talks", "main") rather than narrowing it
 * @param focus   the noun the question asks about ("the population of …")
 * @param facetCue the word that makes it a question about outcomes, objections or participants ("agree")
 */
record QueryTerm(
        String surface,
        List<List<String>> forms,
        double weight,
        boolean known,
        boolean entity,
        boolean generic,
        boolean focus,
        boolean facetCue) {
    QueryTerm {
        forms = List.copyOf(forms);
    }
}
