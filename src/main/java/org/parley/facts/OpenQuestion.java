package org.parley.facts;

import org.parley.corpus.Passage;

/** Something the articles leave unresolved. */
public record OpenQuestion(String text, Passage citation) {}
