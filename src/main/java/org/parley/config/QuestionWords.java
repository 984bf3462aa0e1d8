package org.parley.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a question is read with (config/lexicon.yaml, {@code question:}), all in lower case. The facet,
 * quantity and next lists hold phrases: an entry ending in {@code *} matches any ending of the word, a hyphen
 * matches one mark or space or none ({@code follow-up}: "follow up", "followup").
 *
 * @param stopWords   words that shape a question but say nothing about what it asks
 * @param speech      words that ask for someone's words or views
 * @param wordsOf     words that ask for what someone said ("What did Gromyko say?"): only a sentence
 *                    giving that person's words answers
 * @param viewOf      words that ask how someone took something ("How did Bolton react?"): only a sentence giving their
 *                    words or naming them answers
 * @param sums        phrases that, with a word of {@code money}, ask for a sum ("How much did Qatar pledge?"): only a
 *                    sentence with an amount of money answers
 * @param money       words that make such a phrase ask for money
 * @param spending    words that make it ask for money or a share ("How much will allies spend?": "5 percent of GDP")
 * @param clock       phrases that ask for a time of day ("What time did they sign?"): only a sentence with one answers
 * @param day         phrases that ask for a day ("On what date will they vote?"): only a sentence giving one answers
 * @param generic     words that frame a question without narrowing it
 * @param events      nouns that name the meeting itself
 * @param facetWords  words that only name the facet a question asks about
 * @param modifiers   words that stand before the noun a question turns on
 * @param modifierEndings endings of such words ("previous", "current")
 * @param determiners words after which the next word is the question's focus
 * @param quantity    phrases that ask for a number ("how many")
 * @param counts      of those, the phrases that count the noun after them ("how many people")
 * @param next        phrases that ask what comes next
 * @param post        words that ask for someone's post ("role", "position", "hold")
 * @param presence    phrases that end a yes/no question about someone being at the talks ("Was Lavrov there?")
 * @param attendance  phrases that ask whether a country took part ("Did Ukraine attend?"): only these, or a presence
 *                    ending, make a yes/no question about a country one the facts answer
 * @param parties     nouns that ask for countries and blocs rather than people ("Which countries took part?")
 * @param delegation  nouns that, after a party, ask who spoke for it ("Who led the Russian delegation?")
 * @param offices     offices only their holder answers ("Who is the president of …?"), longest first
 * @param placePrepositions prepositions after which a party is a place, not a side asked about ("met in Cairo")
 * @param neverRecased lower-case words a question keeps lower case though the articles write them only in capitals
 *                     ("us": "tell us" is no "US")
 * @param englishEndings endings that make a regular form of an English word ("rooting" of "root"): such a form is
 *                     English too, never a typing slip for an article's word
 * @param shorthand   chat shorthand and the word it stands for ("yrs": "years"), read so where the articles lack it
 * @param smallTalk   greetings and thanks, which are no questions
 */
public record QuestionWords(
        Set<String> stopWords,
        Set<String> speech,
        Set<String> wordsOf,
        Set<String> viewOf,
        List<String> sums,
        Set<String> money,
        Set<String> spending,
        List<String> clock,
        List<String> day,
        Set<String> generic,
        Set<String> events,
        Set<String> facetWords,
        Set<String> modifiers,
        List<String> modifierEndings,
        Set<String> determiners,
        Facets facets,
        List<String> quantity,
        List<String> counts,
        List<String> next,
        Set<String> post,
        List<String> presence,
        List<String> attendance,
        Set<String> parties,
        Set<String> delegation,
        List<String> offices,
        Set<String> placePrepositions,
        Set<String> neverRecased,
        List<String> englishEndings,
        Map<String, String> shorthand,
        SmallTalk smallTalk,
        Types types) {

    /** Phrases that show which facet a question asks about; tried in the order open, objection, participants, outcome. */
    public record Facets(List<String> open, List<String> objection, List<String> participants, List<String> outcome) {}

    /**
     * A message that is only a greeting or thanks, whole ("good morning", "thank you so much"), with any of the
     * addressees around it ("thanks, parley").
     */
    public record SmallTalk(
            Set<String> greetings,
            Set<String> thanks,
            Set<String> addressees,
            Set<String> summary,
            Set<String> summaryFillers) {}

    /**
     * The words that decide a question's type: the first of the question's words in a list decides it.
     *
     * @param what      words whose type the next word may refine: "what year" asks when ({@code whatWhen})
     * @param leadIn    words that may come before the question word without deciding anything ("please tell me")
     */
    public record Types(
            Set<String> who,
            Set<String> where,
            Set<String> when,
            Set<String> why,
            Set<String> how,
            Set<String> what,
            Set<String> yesNo,
            Set<String> whatWhen,
            Set<String> whatWhere,
            Set<String> whatWhy,
            Set<String> leadIn) {}

    static QuestionWords of(LexiconSection q) {
        LexiconSection facets = q.section("facets");
        LexiconSection types = q.section("types");
        return new QuestionWords(
                q.set("stop_words"),
                q.set("speech"),
                q.set("words_of"),
                q.set("view_of"),
                q.list("sums"),
                q.set("money"),
                q.set("spending"),
                q.list("clock"),
                q.list("day"),
                q.set("generic"),
                q.set("events"),
                q.set("facet_words"),
                q.set("modifiers"),
                q.list("modifier_endings"),
                q.set("determiners"),
                new Facets(
                        facets.list("open"),
                        facets.list("objection"),
                        facets.list("participants"),
                        facets.list("outcome")),
                q.list("quantity"),
                q.list("counts"),
                q.list("next"),
                q.set("post"),
                q.list("presence"),
                q.list("attendance"),
                q.set("parties"),
                q.set("delegation"),
                q.list("offices").stream()
                        .sorted(java.util.Comparator.comparingInt(String::length)
                                .reversed())
                        .toList(),
                q.set("place_prepositions"),
                q.set("never_recased"),
                q.list("english_endings"),
                q.map("shorthand"),
                new SmallTalk(
                        q.section("small_talk").set("greetings"),
                        q.section("small_talk").set("thanks"),
                        q.section("small_talk").set("addressees"),
                        q.section("small_talk").set("summary"),
                        q.section("small_talk").set("summary_fillers")),
                new Types(
                        types.set("who"),
                        types.set("where"),
                        types.set("when"),
                        types.set("why"),
                        types.set("how"),
                        types.set("what"),
                        types.set("yes_no"),
                        types.set("what_when"),
                        types.set("what_where"),
                        types.set("what_why"),
                        types.set("lead_in")));
    }
}
