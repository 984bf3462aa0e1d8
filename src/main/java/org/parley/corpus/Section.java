package org.parley.corpus;

import java.util.List;

/**
 * A run of paragraphs under one heading. The paragraphs before the first heading form the lead
 * section, whose title is {@link #LEAD}.
 */
public record Section(int number, String title, List<Paragraph> paragraphs) {
    public static final String LEAD = "Lead";

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
