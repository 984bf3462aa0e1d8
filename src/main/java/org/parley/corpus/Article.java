package org.parley.corpus;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A news article, parsed into sections, paragraphs and sentences.
 *
 * @param id       stable identifier: the file name without its extension
 * @param title    from front matter, a markdown title, or derived from the file name
 * @param outlet   publisher, when the front matter names one
 * @param url      source link, when the front matter gives one
 * @param date     publication date as written in the front matter (ISO preferred)
 * @param text     the article body the offsets refer to (front matter removed)
 */
public record Article(
        String id,
        String title,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> date,
        String text,
        List<Section> sections) {
    public Article {
        sections = List.copyOf(sections);
    }

    public Stream<Paragraph> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream());
    }

    public int sentenceCount() {
        return paragraphs().mapToInt(p -> p.sentences().size()).sum();
    }
}
