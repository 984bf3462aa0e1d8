package org.parley.facts;

import org.parley.corpus.Passage;

/**
 * A person the articles name.
 *
 * @param role    as the text gives it ("U.S. Secretary of State"), or empty
 * @param side    the country or body they speak for, or empty when the text does not say
 * @param present whether the text places them at the talks (otherwise they are only mentioned)
 */
public record Participant(String name, String role, String side, boolean present, Passage citation) {}
