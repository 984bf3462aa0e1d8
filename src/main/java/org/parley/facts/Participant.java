package org.parley.facts;

import java.util.function.Function;
import org.parley.corpus.Passage;

/**
 * A person the articles name.
 *
 * @param role    as the text gives it ("U.S. Secretary of State"), or empty
 * @param side    the country or body they speak for, or empty when the text does not say
 * @param present whether the text places them at the talks (otherwise they are only mentioned)
 */
public record Participant(String name, String role, String side, boolean present, Passage citation) {

    /**
     * " — U.S. Secretary of State (United States)", " — Ukraine", " — Foreign Minister", or empty when the text gives
     * neither: never empty brackets. Role and side go through {@code escape} (Markdown, or none for plain text).
     */
    public static String roleAndSide(String role, String side, Function<String, String> escape) {
        if (role.isEmpty() && side.isEmpty()) return "";
        String s = " \u2014 " + escape.apply(role.isEmpty() ? side : role);
        return !role.isEmpty() && !side.isEmpty() ? s + " (" + escape.apply(side) + ")" : s;
    }
}
