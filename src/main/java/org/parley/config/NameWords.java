package org.parley.config;

import java.util.List;
import java.util.Set;

/**
 * The words people's names and roles are found with in article text (config/lexicon.yaml, {@code names:}), all in
 * lower case. The lists that become parts of patterns keep their order.
 *
 * @param particles               lower-case words inside a name ("bin", "von")
 * @param innerTitles             titles that also stand inside a name, between two of its words ("Hassan Sheikh
 *                                Mohamud")
 * @param notNameStart            words capitalised only because they open a sentence or modify a title
 * @param groupNouns              nouns after a party that make it a group of people ("Russian officials")
 * @param prepositions            prepositions before a party ("talks with Moscow")
 * @param articles                articles skipped on the way back to such a preposition
 * @param possessives             possessive determiners, which news English puts before no person ("our Historic
 *                                Victory")
 * @param titleStop               words that may stand before a title but are no part of it
 * @param stateNouns              nouns of statehood: a name beside one is a country ("the Serevan Republic")
 * @param days                    days of the week, Monday first: no part of a name they stand before, and a
 *                                date when an article says the talks were "on Monday"
 * @param months                  months, in calendar order: no part of a name either, and a date after a number
 * @param monthAbbreviations      months as wire copy abbreviates them ("Oct. 3"), for dates
 * @param honorifics              forms of address and ranks, after which an earlier title says more
 * @param ranks                   the honorifics that are ranks: a role until a fuller one is found
 * @param givenNameTitles         titles followed by a given name, not a surname ("King Hussein", "Emir Tamim")
 * @param placePrepositions       prepositions that put a run of capitalised words in a place
 * @param placeNouns              nouns that put the name after them in a place ("the capital, Vel Harrow")
 * @param thingNouns              nouns that make the name after them a thing's ("the tanker Sable Horizon")
 * @param organisationLinks       words that join a body's name to the rest of it ("the Alliance for Kivu Renewal")
 * @param organisationPrepositions prepositions before a body's name in a role ("head of research at the …")
 * @param counterpartPrepositions prepositions after which a party in a role is a counterpart ("ambassador to …")
 * @param appositionOpeners       words that may open an apposition after a name ("…, the head of …")
 * @param relativePronouns        pronouns that open a relative clause in an apposition
 * @param contrastWords           words opening a contrasting clause ("…, while …"): about someone else
 * @param pastMarkers             words that put the party after them in someone's past ("a former Zambian diplomat")
 * @param portfolioPrepositions   prepositions after which a role's capitalised words are its portfolio ("for")
 * @param portfolioLinks          words joining a capitalised portfolio's parts ("Minister for Water and Energy")
 * @param titleComplements        prepositions that open what a title is of or for
 * @param roleStop                lower-case words that never belong to a role
 * @param roleModifiers           words before a title that belong to the role ("former")
 */
public record NameWords(
        Set<String> particles,
        Set<String> innerTitles,
        Set<String> notNameStart,
        Set<String> groupNouns,
        Set<String> prepositions,
        Set<String> articles,
        Set<String> possessives,
        Set<String> titleStop,
        List<String> stateNouns,
        List<String> days,
        List<String> months,
        List<String> monthAbbreviations,
        Set<String> honorifics,
        Set<String> ranks,
        Set<String> givenNameTitles,
        Set<String> placePrepositions,
        List<String> placeNouns,
        List<String> thingNouns,
        Set<String> organisationLinks,
        List<String> organisationPrepositions,
        List<String> counterpartPrepositions,
        List<String> appositionOpeners,
        List<String> relativePronouns,
        List<String> contrastWords,
        Set<String> pastMarkers,
        Set<String> portfolioLinks,
        Set<String> portfolioPrepositions,
        List<String> titleComplements,
        Set<String> roleStop,
        List<String> roleModifiers) {

    static NameWords of(LexiconSection n) {
        return new NameWords(
                n.set("particles"),
                n.set("inner_titles"),
                n.set("not_name_start"),
                n.set("group_nouns"),
                n.set("prepositions"),
                n.set("articles"),
                n.set("possessives"),
                n.set("title_stop"),
                n.list("state_nouns"),
                n.list("days"),
                n.list("months"),
                n.list("month_abbreviations"),
                n.set("honorifics"),
                n.set("ranks"),
                n.set("given_name_titles"),
                n.set("place_prepositions"),
                n.list("place_nouns"),
                n.list("thing_nouns"),
                n.set("organisation_links"),
                n.list("organisation_prepositions"),
                n.list("counterpart_prepositions"),
                n.list("apposition_openers"),
                n.list("relative_pronouns"),
                n.list("contrast_words"),
                n.set("past_markers"),
                n.set("portfolio_links"),
                n.set("portfolio_prepositions"),
                n.list("title_complements"),
                n.set("role_stop"),
                n.list("role_modifiers"));
    }

    /** Whether a lower-case word is a day or a month: "On Friday Araghchi …", "talks … in March". */
    public boolean isDayOrMonth(String lowerCaseWord) {
        return days.contains(lowerCaseWord) || months.contains(lowerCaseWord);
    }
}
