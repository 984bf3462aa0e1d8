package org.parley.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question and splitter word lists of config/lexicon.yaml: shipped in the jar, whole, and checked on load. */
class LexiconWordsTest {

    @Test
    void theBundledDefaultHoldsEveryQuestionAndSplitterList(@TempDir Path home) {
        Lexicon bundled = Lexicons.at(home); // no config/ under home: the copy in the jar
        QuestionWords q = bundled.question();
        QuestionWords.Types types = q.types();
        QuestionWords.Facets facets = q.facets();
        SplitterWords s = bundled.splitter();
        Map<String, Collection<String>> lists = Map.ofEntries(
                Map.entry("stop_words", q.stopWords()),
                Map.entry("speech", q.speech()),
                Map.entry("generic", q.generic()),
                Map.entry("events", q.events()),
                Map.entry("facet_words", q.facetWords()),
                Map.entry("modifiers", q.modifiers()),
                Map.entry("modifier_endings", q.modifierEndings()),
                Map.entry("determiners", q.determiners()),
                Map.entry("facets.open", facets.open()),
                Map.entry("facets.objection", facets.objection()),
                Map.entry("facets.participants", facets.participants()),
                Map.entry("facets.outcome", facets.outcome()),
                Map.entry("quantity", q.quantity()),
                Map.entry("counts", q.counts()),
                Map.entry("next", q.next()),
                Map.entry("parties", q.parties()),
                Map.entry("delegation", q.delegation()),
                Map.entry("never_recased", q.neverRecased()),
                Map.entry("types.who", types.who()),
                Map.entry("types.where", types.where()),
                Map.entry("types.when", types.when()),
                Map.entry("types.why", types.why()),
                Map.entry("types.how", types.how()),
                Map.entry("types.what", types.what()),
                Map.entry("types.yes_no", types.yesNo()),
                Map.entry("types.what_when", types.whatWhen()),
                Map.entry("types.what_where", types.whatWhere()),
                Map.entry("types.what_why", types.whatWhy()),
                Map.entry("types.lead_in", types.leadIn()),
                Map.entry("splitter.abbreviations", s.abbreviations()),
                Map.entry("splitter.sentence_openers", s.sentenceOpeners()),
                Map.entry("splitter.clock_times", s.clockTimes()),
                Map.entry("splitter.attribution.after_name", s.attributedAfter()),
                Map.entry("splitter.attribution.before_name", s.attributedBefore()),
                Map.entry("splitter.byline_openers", s.bylineOpeners()));
        lists.forEach((name, words) -> assertFalse(words.isEmpty(), name + " is empty"));
        // The words YAML would read as true or false arrive as words.
        assertTrue(q.stopWords().contains("on"), "\"on\" is a stop word");
        assertTrue(s.abbreviations().contains("no"), "\"no\" is an abbreviation (No. 10)");
        assertTrue(q.counts().stream().allMatch(q.quantity()::contains), "every count phrase asks for a quantity");
        assertEquals("years", q.shorthand().get("yrs"));
        assertEquals("didn't", q.shorthand().get("didnt"));
    }

    @Test
    void theBundledDefaultHoldsEveryAnswerList(@TempDir Path home) {
        Lexicon lexicon = Lexicons.at(home);
        AnswerWords a = lexicon.answer();
        List<List<String>> lists = List.of(
                a.timeWords(),
                a.numberWords(),
                a.placePrepositions(),
                a.placeVerbs(),
                a.causeWords(),
                a.speechWords(),
                a.attributionVerbs(),
                a.pronounOpeners());
        lists.forEach(words -> assertFalse(words.isEmpty()));
        assertEquals(12, lexicon.names().months().size());
        assertEquals(7, lexicon.names().days().size());
        // "May" is a month only with its capital because "may" is an auxiliary verb: both lists must say so.
        assertTrue(lexicon.names().months().contains("may"));
        assertTrue(lexicon.cues("subject.auxiliaries").contains("may"));
    }

    @Test
    void noQuestionOrSplitterListRepeatsAnEntry() throws Exception {
        JsonNode root = bundled();
        List<ArrayNode> lists = new ArrayList<>();
        collectLists(root.path("question"), lists);
        collectLists(root.path("splitter"), lists);
        assertEquals(55, lists.size(), "every list of question: and splitter:");
        for (ArrayNode list : lists) {
            Set<String> seen = new HashSet<>();
            list.forEach(entry -> assertTrue(seen.add(Lexicon.key(entry.asText())), "repeated: " + entry));
        }
    }

    @Test
    void noListAnywhereInTheLexiconRepeatsAnEntryInAnyCase() throws Exception {
        JsonNode root = bundled();
        List<ArrayNode> lists = new ArrayList<>();
        collectLists(root, lists);
        assertTrue(lists.size() > 100, "every list, alias and synonym groups too: " + lists.size());
        for (ArrayNode list : lists) {
            Set<String> seen = new HashSet<>();
            // Case only: "US" and "U.S." are two spellings a search needs, "envoy" and "Envoy" one.
            list.forEach(entry ->
                    assertTrue(seen.add(entry.asText().toLowerCase(java.util.Locale.ROOT)), "repeated: " + entry));
        }
    }

    @Test
    void noWordIsInTwoListsThatContradictEachOther(@TempDir Path home) {
        Lexicon lexicon = Lexicons.at(home);
        NameWords names = lexicon.names();
        assertFalse(names.roleModifiers().isEmpty());
        assertFalse(names.honorifics().isEmpty());
        // A word that belongs to a role ("former President") cannot also end one.
        names.roleModifiers().forEach(w -> assertFalse(names.roleStop().contains(w), w + " is a role modifier"));
        // A particle continues a name ("bin Salman"), a word in not_name_start is cut from a name's start.
        names.particles().forEach(w -> assertFalse(names.notNameStart().contains(w), w + " is a particle"));
        // Honorifics stand in people's names; not_names words are never part of one.
        names.honorifics().forEach(w -> assertFalse(lexicon.isNotName(w), w + " is an honorific"));
        names.particles().forEach(w -> assertFalse(lexicon.isNotName(w), w + " is a particle"));
    }

    @Test
    void theBundledDefaultHoldsEveryNamesList(@TempDir Path home) {
        NameWords n = Lexicons.at(home).names();
        List<Collection<String>> lists = List.of(
                n.particles(),
                n.notNameStart(),
                n.groupNouns(),
                n.prepositions(),
                n.articles(),
                n.titleStop(),
                n.days(),
                n.months(),
                n.honorifics(),
                n.placePrepositions(),
                n.placeNouns(),
                n.organisationLinks(),
                n.organisationPrepositions(),
                n.counterpartPrepositions(),
                n.appositionOpeners(),
                n.relativePronouns(),
                n.titleComplements(),
                n.roleStop(),
                n.roleModifiers());
        lists.forEach(words -> assertFalse(words.isEmpty()));
        assertTrue(n.prepositions().contains("on"), "\"on\" is a preposition, not YAML's true");
        assertTrue(n.honorifics().contains("lt. gen."), "entries keep their periods");
    }

    @Test
    void aMissingListIsNamedRatherThanReadAsEmpty(@TempDir Path home) {
        ConfigException error = assertThrows(
                ConfigException.class,
                () -> Lexicons.edited(home, tree -> ((ObjectNode) tree.path("question")).remove("speech")));
        assertTrue(error.getMessage().contains("question.speech"), error.getMessage());
    }

    @Test
    void aBareNoIsRefusedSinceYamlReadsItAsFalse(@TempDir Path home) {
        ConfigException error = assertThrows(
                ConfigException.class,
                () -> Lexicons.edited(home, tree -> ((ArrayNode) tree.at("/splitter/abbreviations")).add(false)));
        assertTrue(error.getMessage().contains("splitter.abbreviations"), error.getMessage());
        assertTrue(error.getMessage().contains("quotes"), error.getMessage());
    }

    private static JsonNode bundled() throws Exception {
        try (InputStream in = Lexicon.class.getResourceAsStream("/defaults/lexicon.yaml")) {
            return ConfigLoader.YAML.readTree(in);
        }
    }

    /** Every list of words under {@code node}; a list of lists (aliases, synonyms) gives each of its lists. */
    private static void collectLists(JsonNode node, List<ArrayNode> out) {
        boolean words =
                node instanceof ArrayNode list && list.size() > 0 && list.get(0).isValueNode();
        if (words) out.add((ArrayNode) node);
        else node.forEach(child -> collectLists(child, out));
    }
}
