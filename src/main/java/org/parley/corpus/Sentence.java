package org.parley.corpus;

/**
 * One sentence, the unit Parley cites.
 *
 * @param number 1-based position within its paragraph
 * @param text   the verbatim sentence as published
 * @param start  character offset of the sentence within the article text
 * @param end    character offset just past the sentence within the article text
 */
public record Sentence(int number, String text, int start, int end) {}
