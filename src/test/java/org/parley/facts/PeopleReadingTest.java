package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * General readings of news English about people, each on sentences of its own: a title, a comma and the name; a
 * side taken from the person's own clause; ranks before names; portfolios, places and bodies that are no people.
 */
class PeopleReadingTest {

    private static Participant person(Facts f, String name) {
        return f.participants().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + names(f)));
    }

    private static List<String> names(Facts f) {
        return f.participants().stream().map(Participant::name).toList();
    }

    @Test
    void aMeetingBetweenPeoplePlacesEveryOneOfThemAtIt() {
        // "The Tehran Conference was a meeting between U.S. President Franklin Delano Roosevelt, British Prime
        // Minister Winston Churchill, and Soviet Premier Joseph Stalin": all three were there.
        Facts f = Extract.texts("The Harbour Conference was a meeting between President Anna Lisk, Prime Minister"
                + " Oren Baski, and Premier Ilse Marwick in Port Aurelle. Talks between their aides went on. Minister"
                + " Tomas Vidal stayed home.");
        assertEquals(true, person(f, "Anna Lisk").present());
        assertEquals(true, person(f, "Oren Baski").present());
        assertEquals(true, person(f, "Ilse Marwick").present());
        assertEquals(false, person(f, "Tomas Vidal").present());
    }

    @Test
    void theDatelinesCountryIsNoOnesSide() {
        // "REYKJAVIK, Iceland, Oct. 12 - President Ronald Reagan and …": Reagan did not speak for Iceland
        Facts f = Extract.texts("PORT AURELLE, Sorvia, May 3 (Test Wire) - President Anna Lisk and Pelagian Premier"
                + " Oren Baski ended their summit without a deal. Pelagia had proposed the meeting.");
        assertNotEquals("Sorvia", person(f, "Anna Lisk").side());
        assertEquals("Pelagia", person(f, "Oren Baski").side());
    }

    @Test
    void someoneWhoTookNoPartIsNotPlacedAtTheTalks() {
        // "Ahmed Ben Bella, the best-known Algerian nationalist, took no part in the negotiations."
        Facts f = Extract.texts("Sorvia and Pelagia signed the accord in Port Aurelle after talks led by Anna Lisk."
                + " Oren Baski, the best-known Pelagian nationalist, took no part in the negotiations."
                + " Ilse Marwick met Lisk at the talks, while her deputy did not attend.");
        assertEquals(false, person(f, "Oren Baski").present());
        assertEquals(true, person(f, "Anna Lisk").present());
        // a cue of someone else's clause keeps no one away
        assertEquals(true, person(f, "Ilse Marwick").present());
    }

    @Test
    void aTitleACommaAndTheNameGiveTheRoleEvenWhenThePortfolioHasAnAnd() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia opened on Monday. "
                + "The Sorvian delegation was led by Foreign Minister Hana Reszke, while Pelagia sent its Minister for "
                + "Trade and Industry, Tomas Vidal. Pelagian officials sent their foreign minister, Ivo Stanek, too.");
        assertEquals("Foreign Minister", person(f, "Hana Reszke").role());
        assertEquals("Minister for Trade and Industry", person(f, "Tomas Vidal").role());
        assertEquals("foreign minister", person(f, "Ivo Stanek").role());
    }

    @Test
    void aSideComesFromThePersonsOwnClauseNeverFromOneAfterWhile() {
        Facts f = Extract.texts(
                "Talks between Sorvia and Pelagia opened on Monday. "
                        + "The Sorvian delegation was led by Foreign Minister Hana Reszke, while Pelagia sent its Minister for "
                        + "Trade and Industry, Tomas Vidal. "
                        + "Pelagia's team was headed by Envoy Lis Moravec, while Lundmark sent its trade minister, Ola Brekke.");
        assertEquals("Sorvia", person(f, "Hana Reszke").side());
        assertEquals("Pelagia", person(f, "Tomas Vidal").side());
        assertEquals("Pelagia", person(f, "Lis Moravec").side());
        // Lundmark is no country the text reveals: Brekke's side is unknown, never the other clause's Pelagia.
        assertNotEquals("Pelagia", person(f, "Ola Brekke").side());
        assertEquals("trade minister", person(f, "Ola Brekke").role());
    }

    @Test
    void inAListOfPeopleADemonymInAnothersTitleIsTheirsButAnEscortSharesTheLeadersSide() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia ended on Monday. "
                + "The accord was signed by President Ilse Varga, Sorvian President Hana Reszke and "
                + "Pelagian Prime Minister Tomas Vidal. Sorvian envoy Lis Moravec arrived, accompanied by "
                + "deputy minister Ola Brekke.");
        assertEquals("Sorvia", person(f, "Hana Reszke").side());
        assertEquals("Pelagia", person(f, "Tomas Vidal").side());
        // Varga's title names no country: her neighbours' demonyms are theirs, not hers.
        assertNotEquals("Sorvia", person(f, "Ilse Varga").side());
        assertNotEquals("Pelagia", person(f, "Ilse Varga").side());
        // "accompanied by" joins someone to the envoy's side.
        assertEquals("Sorvia", person(f, "Ola Brekke").side());
    }

    @Test
    void aRoyalTitleIsFollowedByAGivenNameNotAnotherPersonsSurname() {
        Facts f = Extract.texts("Syria joined the coalition against Saddam Hussein in 1990. Jordan's King Hussein "
                + "later met Israeli leaders in Washington. King Hussein said the talks were useful.");
        assertEquals("Jordan's King", person(f, "King Hussein").role());
        assertEquals("Jordan", person(f, "King Hussein").side());
        assertEquals("", person(f, "Saddam Hussein").role());
    }

    @Test
    void aPrepositionOpeningASentenceIsNoFirstName() {
        Facts f = Extract.texts("Israeli and Syrian envoys met in Madrid in October. Following Madrid, Israeli and "
                + "Syrian representatives met in Washington. Amid Protests, Foreign Minister Dana Leit spoke.");
        assertEquals(List.of("Dana Leit"), names(f));
    }

    @Test
    void ranksBeforeANameAreTheRoleNotPartOfTheName() {
        Facts f = Extract.texts("Sorvia sent Commodore Lena Dahl of the coast guard. Brigadier Piet Aalders and "
                + "Rear Admiral Jon Sieg joined her, with Captain Mara Lind and Lieutenant Colonel Eva Brun.");
        assertEquals(List.of("Lena Dahl", "Piet Aalders", "Jon Sieg", "Mara Lind", "Eva Brun"), names(f));
        assertEquals("Commodore", person(f, "Lena Dahl").role());
        assertEquals("Brigadier", person(f, "Piet Aalders").role());
        assertEquals("Rear Admiral", person(f, "Jon Sieg").role());
        assertEquals("Captain", person(f, "Mara Lind").role());
        assertEquals("Lieutenant Colonel", person(f, "Eva Brun").role());
    }

    @Test
    void aPortfolioIsNeitherAPersonNorTheSide() {
        Facts f = Extract.texts("The island bloc was represented by Ana Talo, Minister of Fisheries Development of "
                + "Ravuna, while the fleet was led by Deputy Minister Oskar Veld.");
        assertEquals(List.of("Ana Talo", "Oskar Veld"), names(f));
        assertEquals(
                "Minister of Fisheries Development of Ravuna",
                person(f, "Ana Talo").role());
        assertEquals("Ravuna", person(f, "Ana Talo").side());
    }

    @Test
    void placesAndBodiesNamedAfterTheOrTheirKindAreNoPeople() {
        Facts f = Extract.texts("Both sides claim the Sable Reefs and the Tarn Heights. Orsk Glacier is shrinking. "
                + "The editorial board of the Harbour Ledger objected. Environmental group Arctic Sentinel warned of a "
                + "collapse, as did the campaign group Blue Waters and the Northern Current Trust. Envoy Ana Lind led "
                + "the talks. \"Too little,\" said the trust's fisheries campaigner, Mia Sorensen.");
        assertEquals(List.of("Ana Lind", "Mia Sorensen"), names(f));
        assertEquals("fisheries campaigner", person(f, "Mia Sorensen").role());
    }

    @Test
    void surnamesThatAreAlsoWordsOfPlacesStayNames() {
        Facts f = Extract.texts("Envoy Tom Ridge met Senator Ana Rivers and Minister Karl Marsh in the capital.");
        assertEquals(List.of("Tom Ridge", "Ana Rivers", "Karl Marsh"), names(f));
    }

    @Test
    void aPortfolioWithoutACommaStandsBetweenTheTitleAndTheName() {
        Facts f = Extract.texts("The delegation was led by Minister of Mining Saran Oldokh, who was joined by State "
                + "Secretary for Digital Affairs Ivo Pell and Minister of Foreign Trade Relations. Minister of Water and "
                + "Energy Lev Marsk arrived later.");
        assertEquals(List.of("Saran Oldokh", "Ivo Pell", "Lev Marsk"), names(f));
        assertEquals("Minister of Water and Energy", person(f, "Lev Marsk").role());
        assertEquals("Minister of Mining", person(f, "Saran Oldokh").role());
        assertEquals(
                "State Secretary for Digital Affairs", person(f, "Ivo Pell").role());
    }

    @Test
    void whomAPostServesIsTheSideButWhatItIsForIsNot() {
        Facts f = Extract.texts("The talks were chaired by Ana Lind, a former president of Kethmar, and by Oto Sarr, "
                + "its Minister of State for External Affairs.");
        assertEquals("Kethmar", person(f, "Ana Lind").side());
        assertEquals(
                "Minister of State for External Affairs", person(f, "Oto Sarr").role());
        assertNotEquals("External Affairs", person(f, "Oto Sarr").side());
        assertNotEquals("State", person(f, "Oto Sarr").side());
    }

    @Test
    void aRankInsideACompoundTitleIsNotTheRole() {
        Facts f = Extract.texts("Sorvia sent its envoy, Ana Lind, accompanied by the attorney-general, Mia Holt.");
        assertEquals("attorney-general", person(f, "Mia Holt").role());
    }

    @Test
    void aPartyAfterTheNamesOfOrFromIsTheSideButOneInAClauseAfterItIsNot() {
        Facts f = Extract.texts("Talks were hosted by Prime Minister Ana Lind of Norway, who chairs the bloc. "
                + "President Oto Sarr of St Vincent and the Grenadines arrived. "
                + "Senator Mia Holt, who chairs the committee on China, said little. "
                + "Ivo Pell spoke of Norway with warmth.");
        assertEquals("Norway", person(f, "Ana Lind").side());
        assertEquals("Saint Vincent and the Grenadines", person(f, "Oto Sarr").side());
        assertEquals("", person(f, "Mia Holt").side(), "what she chairs a committee on is no side");
        assertEquals("", person(f, "Ivo Pell").side(), "what he speaks of is no side");
    }

    @Test
    void aTitleBetweenTwoWordsOfANameIsPartOfIt() {
        Facts f = Extract.texts("The deal was announced with Somali President Hassan Sheikh Mohamud and Ethiopian "
                + "Prime Minister Abiy Ahmed. Qatar's prime minister, Sheikh Mohammed Al Thani, welcomed it.");
        assertEquals("Somalia", person(f, "Hassan Sheikh Mohamud").side());
        assertEquals("Somali President", person(f, "Hassan Sheikh Mohamud").role());
        assertEquals("Qatar", person(f, "Mohammed Al Thani").side());
    }

    @Test
    void aWellKnownPersonKeepsTheListedSideHoweverTheArticleSpellsTheName() {
        Facts f = Extract.texts("Putin did not travel, despite a challenge from President Volodymyr Zelenskiy, who "
                + "had said he would be waiting for the Russian leader. Zelenskiy met President Tayyip Erdogan.");
        assertEquals("Ukraine", person(f, "Volodymyr Zelenskiy").side());
        assertEquals("Turkey", person(f, "Tayyip Erdogan").side());
    }

    @Test
    void aTimeZoneIsNoPerson() {
        Facts f = Extract.texts("The halt took effect at 5 p.m. Indian Standard Time, Prime Minister Ana Lind said.");
        assertEquals(List.of("Ana Lind"), names(f));
    }

    @Test
    void theStreetsOfATownAreAPlace() {
        Facts f = Extract.texts("Crowds poured into the streets of Khan Varos, President Ana Lind said.");
        assertEquals(List.of("Ana Lind"), names(f));
    }

    @Test
    void aNameOwningSomeonesPostIsNotPlacedAtTheTalksButOneOwningATeamIs() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Ivo Pell, President Ana "
                + "Lind's envoy to the region, joined the talks. Oto Sarr's delegation joined the talks too.");
        assertEquals(true, person(f, "Ivo Pell").present());
        assertEquals(false, person(f, "Ana Lind").present(), "she sent an envoy");
        assertEquals(true, person(f, "Oto Sarr").present(), "he led his delegation");
    }

    @Test
    void theBrokerOfADealIsAtTheTalksAsAMediatorIs() {
        Facts f = Extract.texts("Sorvia and Pelagia agreed to end their row in a deal brokered by Kethmari President "
                + "Ana Lind after hours of talks in the Kethmari capital. Ivo Pell commented from abroad.");
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(false, person(f, "Ivo Pell").present());
    }

    @Test
    void theNamesAPassiveParticipleHasAfterBySignedAsLedByDoes() {
        Facts f = Extract.texts("The accord was signed in a ballroom of a hotel in the Kethmari capital by Ana Lind, "
                + "the Sorvian envoy, and Oto Sarr, the Pelagian deputy leader. The annex was signed first; its map "
                + "was drawn by Ivo Pell.");
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(true, person(f, "Oto Sarr").present());
        assertEquals(false, person(f, "Ivo Pell").present(), "the 'by' of another clause");
    }

    @Test
    void theNamesALeadOpensWithAreAtTheEventItSaysTheyActedIn() {
        Facts f = Extract.texts("PORT AURELLE (June 16) — President Ana Lind and Pelagian leader Oto Sarr agreed on "
                + "Wednesday to return their ambassadors, in a summit at a lakeside villa. Ivo Pell, who would have "
                + "liked to attend, said the summit at the villa was short.");
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(true, person(f, "Oto Sarr").present());
        assertEquals(false, person(f, "Ivo Pell").present(), "named after a clause, not as the subject");
    }

    @Test
    void onlyCapitalsMakeAnAcronymSoAPersonsLastNameIsNoParty() {
        Facts f = Extract.texts("President Ana Lind met leader Kim Jong Un. The UN welcomed it.");
        assertEquals("Kim Jong Un", person(f, "Kim Jong Un").name());
        assertEquals(List.of("Ana Lind", "Kim Jong Un"), names(f));
    }

    @Test
    void aPossessiveAWordOpeningASentenceAndADialogueNameNoOne() {
        Facts f = Extract.texts("He called it our Historic Victory. Quoting Leo Varn, Ana Lind said so. Some "
                + "Republicans objected. They launched a Strategic Stability Dialogue.");
        assertEquals(List.of("Leo Varn", "Ana Lind"), names(f));
    }

    @Test
    void aPlaceJoinedToThePlaceAfterAPlaceNounIsOneToo() {
        Facts f = Extract.texts("Crowds filled the streets of Khan Varos and Deir al-Sabah, President Ana Lind said.");
        assertEquals(List.of("Ana Lind"), names(f));
    }

    @Test
    void whatSomeoneDidInTheRunUpToTheTalksDoesNotPlaceThem() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. President Ana Lind, who "
                + "had brokered much of the diplomacy leading up to the summit, welcomed the outcome. Ivo Pell "
                + "watched from the front row, and the signing was watched by Oto Sarr.");
        assertEquals(false, person(f, "Ana Lind").present());
        assertEquals(true, person(f, "Ivo Pell").present());
        assertEquals(true, person(f, "Oto Sarr").present());
    }

    @Test
    void beingAmongThoseInTheRoomSeatedAmongThemOrAccompanyingSomeonePlacesAPerson() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Ivo Pell was "
                + "among those in the room. Ana Lind was accompanied by her deputy. Oto Sarr, seated among the delegates, "
                + "said nothing. Lis Moravec wrote about it from Kolvar.");
        assertEquals(true, person(f, "Ivo Pell").present());
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(true, person(f, "Oto Sarr").present());
        assertEquals(false, person(f, "Lis Moravec").present());
    }

    @Test
    void aFormerInThePersonsOwnTitleDoesNotHedgeButThenPresidentDoes() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Former Senator Ivo Pell, "
                + "who chaired the talks, read the text aloud. Then-President Ana Lind chaired the talks in 1998.");
        assertEquals(true, person(f, "Ivo Pell").present());
        assertEquals(false, person(f, "Ana Lind").present());
    }

    @Test
    void leadersWhoCutShortTheirSummitWereAtIt() {
        Facts f = Extract.texts(
                "PORT AURELLE (Feb. 28) — President Ana Lind and Pelagian leader Oto Sarr abruptly "
                        + "cut short their second summit on Thursday after failing to agree. Sorvian envoy Ivo Pell and Lis "
                        + "Moravec called off their summit, and Ola Brekke and Oren Baski will hold their first summit in May.");
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(true, person(f, "Oto Sarr").present());
        assertEquals(false, person(f, "Ivo Pell").present(), "a summit called off");
        assertEquals(false, person(f, "Ola Brekke").present(), "a summit to come");
    }

    @Test
    void thoseAMediatorMediatedBetweenWereAtTheTalksAndAFleetOrAUnionistIsNoOne() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. President Ana Lind, who "
                + "mediated between Sorvian President Oto Sarr and Pelagian President Ivo Pell, spoke first. The Ninth "
                + "Fleet stayed in port, and the Harbour Unionist members and Sinn Fein objected.");
        assertEquals(true, person(f, "Oto Sarr").present());
        assertEquals(true, person(f, "Ivo Pell").present());
        assertEquals(List.of("Ana Lind", "Oto Sarr", "Ivo Pell"), names(f));
    }

    @Test
    void someoneWhoReturnedToTheTalksWasAtThem() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Prime Minister Ana Lind, "
                + "whose father died on Monday, flew home for the funeral and then returned to the talks the same day. "
                + "Ivo Pell returned to Kolvar. Foreign ministers, among them Oto Sarr, flew in and out of Port Aurelle "
                + "as the talks dragged on.");
        assertEquals(true, person(f, "Ana Lind").present());
        assertEquals(false, person(f, "Ivo Pell").present());
        assertEquals(true, person(f, "Oto Sarr").present());
    }

    @Test
    void onTheXSideGivesTheSideOfTheNamesItIntroducesButNotASideOfALake() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. The leaders were joined "
                + "by Secretary of State Ana Lind of Sorvia and, on the Pelagian side, senior official Oto Sarr and "
                + "Foreign Minister Ivo Pell. The talks were led on the Sorvian side by Lis Moravec. They signed at a "
                + "village on the Sorvian side of the lake, where envoy Ola Brekke watched.");
        assertEquals("Pelagia", person(f, "Oto Sarr").side());
        assertEquals("Pelagia", person(f, "Ivo Pell").side());
        assertEquals("Sorvia", person(f, "Lis Moravec").side());
        assertNotEquals("Sorvia", person(f, "Ola Brekke").side(), "the side of a lake is a place");
    }

    @Test
    void aTitleAndAGivenNameStandForTheLongNameItOpensButAKingNeverForAnotherFamily() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Sorvian Foreign Minister "
                + "Sheikh Rashid bin Saqr Al Mansour signed first. Sheikh Rashid thanked the hosts. Council President "
                + "Charles Michel spoke, and Britain's King Charles sent greetings.");
        assertEquals(List.of("Rashid bin Saqr Al Mansour", "Charles Michel", "King Charles"), names(f));
    }

    @Test
    void whoseRelativeOrAideANameIsWrittenBeforeItGivesTheSide() {
        Facts f = Extract.texts(
                "Talks between Sorvia and Pelagia opened. Pelagian leader Park Sun Ho met Ana Lind. Chief of Staff "
                        + "Ivo Pell of Sorvia and Park's sister, Park Mi Ran, were among those in the meeting. Pelagian aides and "
                        + "Sorvia's envoy, Lis Moravec, watched.");
        assertEquals("Pelagia", person(f, "Park Mi Ran").side());
        assertEquals("Sorvia", person(f, "Lis Moravec").side());
    }

    @Test
    void aPartyOwningThePostIsTheSideAndAPartyInTheSpeakersWordsIsNot() {
        Facts f = Extract.texts("Talks between Sorvia and the Taliban were held in Port Aurelle. The accord was signed "
                + "by Mullah Oto Sarr, the Taliban's deputy leader. \"We will closely watch the Taliban's compliance,\" "
                + "Ivo Pell said.");
        assertEquals("Taliban", person(f, "Mullah Oto Sarr").side());
        assertNotEquals("Taliban", person(f, "Ivo Pell").side(), "the speaker's words name the Taliban");
    }

    @Test
    void aSidePhraseOrAPossessorCountsOnlyWhereItOpensAClauseOrAListItem() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle, led by Pelagian envoy Oto "
                + "Sarr. On the Sorvian side, senior official Ana Lind spoke. Asked about demands from the Pelagian "
                + "side, Ivo Pell said nothing. In Sarr's words, Lis Moravec chaired the talks.");
        assertEquals("Sorvia", person(f, "Ana Lind").side());
        assertNotEquals("Pelagia", person(f, "Ivo Pell").side(), "a side he was asked about");
        assertNotEquals("Pelagia", person(f, "Lis Moravec").side(), "whose words, not whose aide");
    }

    @Test
    void aKingIsNeverTheSheikhWhoseGivenNameHeShares() {
        Facts f = Extract.texts("Talks between Sorvia and Pelagia were held in Port Aurelle. Sorvian Foreign Minister "
                + "Sheikh Abdullah bin Saqr Al Mansour signed, and Pelagia's King Abdullah sent greetings.");
        assertEquals(List.of("Abdullah bin Saqr Al Mansour", "King Abdullah"), names(f));
    }
}
