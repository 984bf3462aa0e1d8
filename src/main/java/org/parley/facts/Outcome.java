package org.parley.facts;

import org.parley.corpus.Passage;

/** Something agreed, established or planned; {@code party} is empty when the sentence names none. */
public record Outcome(String text, String party, Passage citation) {}
