package org.parley.facts;

import org.parley.corpus.Passage;

/**
 * A country or bloc the articles name.
 *
 * @param kind    "country", "bloc" or "organisation"
 * @param atTalks whether someone speaking for it is placed at the talks
 */
public record PartyFact(String name, String kind, boolean atTalks, int mentions, Passage citation) {}
