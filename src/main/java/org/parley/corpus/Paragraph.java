package org.parley.corpus;

import java.util.List;

/**
 * A paragraph of body text.
 *
 * @param number 1-based position among the article's body paragraphs (headings are not counted)
 * @param start  character offset of the paragraph within the article text
 */
public record Paragraph(int number, String text, int start, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
