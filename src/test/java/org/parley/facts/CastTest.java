package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.config.Lexicon;

/** The whole cast behind /participants: everyone named as a person, once, with role, side and presence. */
class CastTest {

    @Test
    void firstArticleCastIsEveryoneOnceWithTheirRoleSideAndPresence() {
        Cast cast = Cast.of(Extract.firstArticle());
        assertEquals(
                List.of("Marco Rubio", "Sergey Lavrov"),
                cast.present().stream().map(Cast.Member::name).toList());
        Map<String, Cast.Member> byName = cast.all().stream().collect(Collectors.toMap(Cast.Member::name, m -> m));
        assertEquals(9, cast.all().size(), byName.keySet().toString()); // toMap above would have thrown on a duplicate
        assertEquals(
                new HashSet<>(List.of(
                        "Volodymyr Zelenskyy",
                        "Donald Trump",
                        "Emmanuel Macron",
                        "Joe Biden",
                        "Mohammed bin Salman",
                        "Vladimir Putin",
                        "Mike Waltz")),
                new HashSet<>(cast.named().stream().map(Cast.Member::name).toList()));
        assertMember(byName.get("Marco Rubio"), "U.S. Secretary of State", "United States", true, 1);
        assertMember(byName.get("Sergey Lavrov"), "Russian Foreign Minister", "Russia", true, 1);
        assertMember(byName.get("Volodymyr Zelenskyy"), "Ukrainian President", "Ukraine", false, 4);
        assertMember(byName.get("Vladimir Putin"), "Russian President", "Russia", false, 10);
        assertMember(byName.get("Emmanuel Macron"), "President", "France", false, 6);
        assertMember(byName.get("Mike Waltz"), "national security adviser", "United States", false, 10);
        // Zelenskyy and Trump are named twice each; Zelenskyy first.
        assertEquals(
                List.of("Volodymyr Zelenskyy", "Donald Trump"),
                cast.named().subList(0, 2).stream().map(Cast.Member::name).toList());
        assertEquals(2, byName.get("Volodymyr Zelenskyy").mentions());
        assertTrue(cast.named().stream().allMatch(m -> !m.present()));
    }

    private static void assertMember(Cast.Member m, String role, String side, boolean present, int paragraph) {
        assertEquals(role, m.role(), m.name());
        assertEquals(side, m.side(), m.name());
        assertEquals(present, m.present(), m.name());
        assertEquals(paragraph, m.citation().paragraph().number(), m.name());
    }

    @Test
    void namedPeopleComeByMentionsThenFirstMention() {
        Cast cast = Cast.of(Extract.texts("Envoy Anna Berg led the talks. Prime Minister Karl Weiss stayed home. "
                + "Senator Ida Holm was absent. Holm later objected. Holm said she would fight the deal."));
        assertEquals(
                List.of("Anna Berg"),
                cast.present().stream().map(Cast.Member::name).toList());
        assertEquals(
                List.of("Ida Holm", "Karl Weiss"),
                cast.named().stream().map(Cast.Member::name).toList());
        assertEquals(3, cast.named().get(0).mentions());
    }

    @Test
    void surnamesTitlesAndPossessivesAreOnePerson() {
        Cast cast =
                Cast.of(Extract.texts("Russian President Vladimir Putin did not attend. Putin's envoy went instead. "
                        + "President Putin said later that the talks were useful. Al-Suwaidi spoke next. "
                        + "Qatar's minister of state for foreign affairs, Mariam al-Suwaidi, chaired the talks."));
        List<String> names = cast.all().stream().map(Cast.Member::name).toList();
        assertEquals(List.of("Mariam al-Suwaidi", "Vladimir Putin"), names); // she chaired the talks: present, so first
        Cast.Member putin = cast.all().stream()
                .filter(m -> m.name().equals("Vladimir Putin"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, putin.mentions());
        assertEquals("Russian President", putin.role());
        Cast.Member suwaidi = cast.all().stream()
                .filter(m -> m.name().equals("Mariam al-Suwaidi"))
                .findFirst()
                .orElseThrow();
        assertEquals("Qatar's minister of state for foreign affairs", suwaidi.role());
        assertEquals("Qatar", suwaidi.side());
    }

    @Test
    void countriesOutletsAndOrganisationsAreNoPeople() {
        Facts f = Extract.texts(
                "The Alliance for Kivu Renewal was represented by Didier Sebahire, its political coordinator. "
                        + "Her National Renewal party objected, Al Jazeera reported. Monitors from the World Food Programme "
                        + "and a faction known as the Ridge Brigades watched. Several Western diplomats stayed away.");
        assertEquals(
                List.of("Didier Sebahire"),
                Cast.of(f).all().stream().map(Cast.Member::name).toList());
        assertEquals("political coordinator", Cast.of(f).all().get(0).role());
    }

    /** Every fixture: nobody twice, and no country or bloc the lexicon knows passes for a person. */
    @ParameterizedTest
    @MethodSource("org.parley.answer.Engines#newsFixtures")
    void fixtureCastsNameEachPersonOnce(String fixture) {
        Lexicon lexicon = Extract.lexicon();
        Cast cast = Cast.of(Extract.fixture(fixture));
        List<Cast.Member> all = cast.all();
        assertFalse(all.isEmpty(), fixture);
        assertEquals(all.size(), all.stream().map(Cast.Member::name).distinct().count(), fixture + ": " + all);
        // One person spelt two ways ("Sergei Lavrov", "Sergey Lavrov") is listed once; a family ("Donald Trump",
        // "Melania Trump") shares a surname but not a given name's first three letters.
        Map<String, List<String>> givenBySurname = all.stream()
                .collect(Collectors.groupingBy(
                        m -> m.name().replaceAll(".*[ -]", "").toLowerCase(),
                        Collectors.mapping(m -> givenPrefix(m.name()), Collectors.toList())));
        for (List<String> given : givenBySurname.values())
            assertEquals(given.size(), new HashSet<>(given).size(), fixture + ": " + givenBySurname);
        for (Cast.Member m : all) {
            assertTrue(lexicon.partyOf(m.name()).isEmpty(), fixture + ": " + m.name());
            assertTrue(m.name().contains(" "), fixture + ": " + m.name());
            assertTrue(m.mentions() >= 1, fixture + ": " + m.name());
        }
    }

    @Test
    void castWriterListsThePresentApartFromEveryoneElseWithCitations() {
        Function<String, String> escape = s -> s.replace("*", "\\*");
        List<SummaryWriter.Part> parts = new CastWriter(escape).parts(Extract.firstArticle());
        assertEquals(
                List.of("Present at the talks", "Also named in the story"),
                parts.stream().map(SummaryWriter.Part::heading).toList());
        assertEquals(
                List.of(
                        "\u2022 **Marco Rubio** \u2014 U.S. Secretary of State (United States) [\u00B61]",
                        "\u2022 **Sergey Lavrov** \u2014 Russian Foreign Minister (Russia) [\u00B61]"),
                parts.get(0).lines());
        assertEquals(7, parts.get(1).lines().size());
        assertEquals(
                "\u2022 **Volodymyr Zelenskyy** \u2014 Ukrainian President (Ukraine) [\u00B64]",
                parts.get(1).lines().get(0));
        String markdown = new CastWriter(escape).markdown(Extract.firstArticle());
        assertTrue(markdown.startsWith("**__Present at the talks__**\n"), markdown);
        assertTrue(markdown.indexOf("Also named in the story") < markdown.indexOf("Zelenskyy"), markdown);
    }

    @Test
    void castWriterNamesTheArticleWhenThereAreSeveral() {
        Facts f = Extract.texts("Envoy Anna Berg led the talks.", "Prime Minister Karl Weiss stayed home.");
        String markdown = new CastWriter(s -> s).markdown(f);
        assertTrue(markdown.contains("**Karl Weiss** \u2014 Prime Minister [B \u00B61]"), markdown);
    }

    private static String givenPrefix(String name) {
        String given = name.split("[ -]")[0].toLowerCase();
        return given.substring(0, Math.min(3, given.length()));
    }
}
