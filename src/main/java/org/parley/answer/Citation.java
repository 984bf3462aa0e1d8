package org.parley.answer;

import java.util.Optional;

/**
 * A verbatim quote and where it stands.
 *
 * @param quote     the sentence exactly as published
 * @param document  the article's id (its file name without extension)
 * @param title     the article's title
 * @param section   the section heading ("Lead" before the first heading)
 * @param paragraph 1-based paragraph number within the article
 * @param context   the whole paragraph, for "show context"
 * @param score     the ranker's score, higher is better
 */
public record Citation(
        String quote,
        String document,
        String title,
        String section,
        int paragraph,
        int sentence,
        Optional<String> url,
        String context,
        double score) {

    /** "article#paragraph#sentence", the key of the quoted sentence. */
    public String key() {
        return org.parley.corpus.Passage.key(document, paragraph, sentence);
    }
}
