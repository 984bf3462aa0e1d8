package org.parley.config;

import java.util.List;

/**
 * The words the answer model's type features look for in a candidate sentence (config/lexicon.yaml,
 * {@code answer:}), all in lower case. The shipped model was fit with these lists: a change to one changes what a
 * feature means, so refit ({@code parley train}) after it.
 *
 * @param timeWords         words that let a sentence say when, beside years, days and months ("overnight")
 * @param numberWords       number words that let it say how many, beside digits ("dozens")
 * @param placePrepositions prepositions that, before a capitalised word, let it say where ("in Riyadh")
 * @param placeVerbs        verbs that let it say where without one ("took place")
 * @param causeWords        words that let it say why ("because", "amid")
 * @param speechWords       words that show it reports someone's words, beside a quotation mark
 * @param attributionVerbs  verbs after a closing quotation mark that name its speaker ("…," she said)
 * @param pronounOpeners    pronouns that, opening a sentence, borrow its subject from the sentence before
 */
public record AnswerWords(
        List<String> timeWords,
        List<String> numberWords,
        List<String> placePrepositions,
        List<String> placeVerbs,
        List<String> causeWords,
        List<String> speechWords,
        List<String> attributionVerbs,
        List<String> pronounOpeners) {

    static AnswerWords of(LexiconSection a) {
        return new AnswerWords(
                a.list("time_words"),
                a.list("number_words"),
                a.list("place_prepositions"),
                a.list("place_verbs"),
                a.list("cause_words"),
                a.list("speech_words"),
                a.list("attribution_verbs"),
                a.list("pronoun_openers"));
    }
}
