package org.parley.facts;

import org.parley.corpus.Passage;

/** A party's objection; {@code person} is who voiced it, when the sentence names someone. */
public record Objection(String party, String person, String objection, Passage citation) {}
