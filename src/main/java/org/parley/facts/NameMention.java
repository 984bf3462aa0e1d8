package org.parley.facts;

/**
 * A person's name in a sentence, with the title before it or the apposition after it.
 *
 * @param name  the name as written (possessive dropped)
 * @param role  the role as written ("Russian Foreign Minister"), or empty
 * @param side  the party the role names ("Russian" → Russia), or null
 * @param sideOf a person whose side this one shares ("Trump's special envoy"), or null
 */
record NameMention(String name, int start, int end, String role, String side, String sideOf) {
    NameMention withName(String resolved) {
        return new NameMention(resolved, start, end, role, side, sideOf);
    }
}
