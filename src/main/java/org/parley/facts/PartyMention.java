package org.parley.facts;

/**
 * A country or bloc named in a sentence, by name, demonym, capital or institution.
 *
 * @param compound      part of a hyphenated modifier ("U.S.-Russia talks"): names the event, not an actor
 * @param prepositional the object of a preposition ("negotiate with Moscow"): rarely the actor
 * @param group         followed by a group noun ("European leaders", "Ukrainian representatives")
 */
record PartyMention(String party, int start, int end, boolean compound, boolean prepositional, boolean group) {}
