package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ui.AnswerText;

/** Behaviour on the first corpus article, through the engine's public API. */
class AnswerEngineTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void open() {
        engine = Engines.open("riyadh");
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void whoMetNamesThePeopleNotTheCity() {
        Answer a = engine.ask("Who met in Riyadh?");
        assertTrue(a.answered());
        assertTrue(
                a.citations().get(0).quote().contains("Marco Rubio"),
                a.citations().get(0).quote());
        assertTrue(AnswerText.lead(a).contains("Sergey Lavrov"), AnswerText.lead(a));
    }

    @Test
    void whereTheSidesMetIsWhereTheTalksTookPlaceButWhereTwoPeopleMetIsTheirSentence() {
        // the question names the sides at the talks and a group of people: it asks where the meeting was
        Answer sides = engine.ask("Where did the US and Russian officials meet?");
        assertTrue(
                sides.citations().get(0).quote().contains("took place in Riyadh"),
                sides.citations().get(0).quote());
        // people's names are no such words: the sentence that names both is the answer
        Answer people = engine.ask("Where did Rubio and Lavrov meet?");
        assertTrue(people.answered(), AnswerText.lead(people));
        assertTrue(
                people.citations().get(0).quote().contains("Marco Rubio"),
                people.citations().get(0).quote());
    }

    @Test
    void aSlipInANameIsReadAsTheArticlesNameAndSaidSo() {
        Answer typed = engine.ask("What did Lavorv say about the talks?");
        Answer meant = engine.ask("What did Lavrov say about the talks?");

        assertTrue(meant.answered(), AnswerText.lead(meant));
        assertTrue(typed.answered(), AnswerText.lead(typed));
        assertEquals(meant.citations().get(0).quote(), typed.citations().get(0).quote());
        assertEquals("What did Lavorv say about the talks?", typed.question(), "shown as typed");
        assertEquals(List.of(new Note.ReadAs("What did Lavrov say about the talks?")), typed.notes());
        assertTrue(
                AnswerText.markdown(typed).startsWith("-# Read as: What did Lavrov say about the talks?\n"),
                AnswerText.markdown(typed));
        assertEquals(List.of(), meant.notes(), "a question without a slip has no note");
    }

    @Test
    void aPlainNoOnlyWhereACitedSentenceSaysThePersonTookNoPart() throws Exception {
        try (AnswerEngine doha = Engines.open("doha")) {
            Answer dobrin = doha.ask("Did Dobrin attend?");
            assertTrue(AnswerText.lead(dobrin).startsWith("No \u2014 "), AnswerText.lead(dobrin));
            assertTrue(dobrin.citations().get(0).quote().contains("Dobrin did not attend"), dobrin.toString());
        }
        // the first article never says Putin stayed away: it does not place him, and says only that
        Answer putin = engine.ask("Was Putin at the talks?");
        assertTrue(AnswerText.lead(putin).startsWith("*US and Russia hold talks"), AnswerText.lead(putin));
    }

    @Test
    void englishWordsOneSlipFromAQuestionWordAreNoSlips() {
        assertEquals(List.of(), engine.ask("Show me the outcomes").notes());
        assertEquals(List.of(), engine.ask("Way forward after Riyadh?").notes());
    }

    @Test
    void attendanceOfACountryIsAnsweredFromTheFactsWithASentenceThatSaysSo() {
        Answer russia = engine.ask("Did Russia take part?");
        assertTrue(
                AnswerText.lead(russia).startsWith("Yes \u2014 **Russia** was at the talks"), AnswerText.lead(russia));
        assertTrue(
                russia.citations().get(0).quote().contains("Russian Foreign Minister Sergey Lavrov"),
                russia.toString());
        Answer ukraine = engine.ask("did ukraine attend?");
        assertTrue(
                AnswerText.lead(ukraine).contains("does not place **Ukraine** at the talks"), AnswerText.lead(ukraine));
        assertTrue(
                ukraine.citations().get(0).quote().contains("Zelenskyy firmly rejected the talks"), ukraine.toString());
        // a post of the country, or another act of its delegation, is no question of the country's attendance
        assertFalse(AnswerText.lead(engine.ask("Was the president of Russia there?"))
                .contains("**Russia** was"));
        assertFalse(AnswerText.lead(engine.ask("Did the Russian delegation walk out?"))
                .contains("**Russia** was"));
        // "tell us" names no United States: the person asked about is answered alone
        Answer lavrov = engine.ask("Can you tell us if Lavrov attended?");
        assertTrue(AnswerText.lead(lavrov).startsWith("Yes \u2014 **Sergey Lavrov**"), AnswerText.lead(lavrov));
    }

    @Test
    void aSlipInTheQuestionWordIsReadAsItsWord() {
        Answer typed = engine.ask("wher did the talks take place");
        assertEquals(List.of(new Note.ReadAs("where did the talks take place")), typed.notes(), AnswerText.lead(typed));
        assertEquals(
                QuestionType.WHERE,
                engine.prepare("Wehre did the talks take place?").question().type());
        assertEquals(
                engine.ask("where did the talks take place").citations().get(0).quote(),
                typed.citations().get(0).quote());
        // one slip from who, when and why alike: left as typed
        assertEquals(List.of(), engine.ask("whe met in Riyadh").notes());
    }

    @Test
    void aYearTypedWithTwoDigitsIsTheArticlesYear() {
        Question q = engine.prepare("What happened to Crimea back in '14?").question();
        QueryTerm year = q.terms().stream()
                .filter(t -> t.surface().equals("14"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(q.terms().toString()));
        assertTrue(year.forms().contains(List.of("2014")), year.forms().toString());
        assertFalse(year.forms().contains(List.of("1914")), "only years the article names: " + year.forms());

        Answer a = engine.ask("What happened to Crimea back in '14?");
        assertTrue(a.citations().get(0).quote().contains("2014 annexation of Crimea"), AnswerText.lead(a));
    }

    @Test
    void chatShorthandIsReadAsItsWordAndSaidSo() {
        Answer a = engine.ask("did the saudi govt host the talks");
        assertEquals(
                List.of(new Note.ReadAs("did the saudi government host the talks")), a.notes(), AnswerText.lead(a));
        Answer b = engine.ask("why didnt lavrov attend");
        assertEquals(List.of(new Note.ReadAs("why didn't lavrov attend")), b.notes(), AnswerText.lead(b));
        assertEquals(
                List.of("Lavrov", "attend"),
                engine.prepare("why didnt lavrov attend").question().terms().stream()
                        .map(QueryTerm::surface)
                        .toList(),
                "a negative contraction is read, not searched for");
    }

    @Test
    void aGreetingOrThanksIsAnsweredInKindNotSearched() {
        for (String hello : List.of("hi", "Hello!", "hey parley \uD83D\uDC4B", "Good morning, everyone")) {
            Answer a = engine.ask(hello);
            assertEquals(Lead.Reason.GREETING, ((Lead.Refusal) a.lead()).reason(), hello);
            assertTrue(a.smallTalk() && !a.answered() && a.citations().isEmpty(), hello);
            assertTrue(AnswerText.markdown(a).startsWith("Hello! Ask me about the talks"), AnswerText.markdown(a));
        }
        for (String thanks : List.of("thanks", "Thank you so much!!", "thx parley", "cheers \u2014 Parley")) {
            Answer a = engine.ask(thanks);
            assertEquals(Lead.Reason.THANKS, ((Lead.Refusal) a.lead()).reason(), thanks);
            assertTrue(AnswerText.markdown(a).startsWith("You're welcome!"), AnswerText.markdown(a));
        }
        // A question that greets or thanks is still a question.
        for (String asked : List.of("hi, who took part?", "Who did Lavrov thank?", "hello from Riyadh?")) {
            assertFalse(engine.ask(asked).smallTalk(), asked);
        }
    }

    @Test
    void aRequestForTheSummaryPointsToIt() {
        for (String asked : List.of(
                "give me a summary",
                "Can you summarise the talks?",
                "tl;dr",
                "quick recap of the meeting please",
                "What is the summary?",
                "hey, can I get a summary?")) {
            Answer a = engine.ask(asked);
            assertTrue(a.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.SUMMARY, asked);
            assertTrue(a.smallTalk() && a.citations().isEmpty(), asked);
            assertTrue(AnswerText.markdown(a).contains("`/summary`"), AnswerText.markdown(a));
        }
        // A question with more in it than a request for the summary is searched.
        for (String asked : List.of("summarize what Lavrov said", "What was the summary of the Saudi role?")) {
            assertFalse(engine.ask(asked).lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.SUMMARY, asked);
        }
    }

    @Test
    void englishWordsTheArticleLacksAreNotReadAsItsWords() {
        // "price" is one slip from "prince"; "hosted" from "posted": English the embedding model knows stays as typed.
        Answer a = engine.ask("What is the price of oil?");
        assertEquals(List.of(), a.notes(), AnswerText.lead(a));
    }

    @Test
    void aQuoteMoreLikelyWrongThanRightIsOfferedAsTheClosestOnly() throws IOException {
        int closest = 0, asserted = 0;
        for (String line : java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/eval/riyadh-extra-questions.jsonl"))) {
            String question = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(line)
                    .get("q")
                    .asText();
            Answer a = engine.ask(question);
            if (a.lead() instanceof Lead.Closest) {
                closest++;
                assertTrue(a.confidence() < AnswerEngine.LIKELY, question + " " + a.confidence());
                assertFalse(a.citations().isEmpty(), question);
            } else if (a.lead() instanceof Lead.Quoted || a.lead() instanceof Lead.People) {
                asserted++;
                assertTrue(a.confidence() >= AnswerEngine.LIKELY, question + " " + a.confidence());
            }
        }
        assertTrue(closest > 0 && asserted > 0, closest + " offered as closest, " + asserted + " as answers");
        // A general-knowledge trap the model still answers: no one is named as the king.
        Answer king = engine.ask("Who is the king of Saudi Arabia?");
        assertTrue(king.answered());
        assertTrue(king.lead() instanceof Lead.Closest, king.lead().toString());
    }

    @Test
    void paraphraseRanksTheSanctionsSentenceFirst() {
        // "penalties" for "sanctions": the ranking finds the sentence, though its confidence (0.05) stays under the
        // shipped threshold, so Parley refuses (README, "Lost"); ranked with no threshold, it is first.
        Prepared prepared = engine.prepare("What penalties had been imposed on Moscow?");
        Answer a = engine.decide(prepared, AnswerModel.load(null), 0);
        assertTrue(a.answered());
        assertTrue(
                a.citations().get(0).quote().contains("sanctions"),
                a.citations().get(0).quote());
    }

    @Test
    void objectionListCoversEveryObjectingParty() {
        Answer a = engine.ask("Who objected?");
        String quotes =
                String.join(" | ", a.citations().stream().map(Citation::quote).toList());
        assertTrue(quotes.contains("firmly rejected the talks"), quotes);
        assertTrue(quotes.contains("European"), quotes);
        assertTrue(quotes.contains("Macron"), quotes);
        assertTrue(AnswerText.lead(a).contains("Ukraine") && AnswerText.lead(a).contains("France"), AnswerText.lead(a));
    }

    @Test
    void theParticipantsLeadSaysWhoWasThereAndNamesEveryoneElse() {
        Answer a = engine.ask(StandardQuestions.PARTICIPANTS);
        assertTrue(a.answered());
        String lead = AnswerText.lead(a);
        int also = lead.indexOf("also named, but not placed at the talks");
        assertTrue(also > 0, lead);
        assertTrue(lead.indexOf("Marco Rubio") < also && lead.indexOf("Sergey Lavrov") < also, lead);
        for (String other : List.of(
                "Volodymyr Zelenskyy",
                "Donald Trump",
                "Emmanuel Macron",
                "Joe Biden",
                "Mohammed bin Salman",
                "Vladimir Putin",
                "Mike Waltz")) {
            assertTrue(lead.indexOf(other) > also, other + ": " + lead);
        }
    }

    @Test
    void attendanceQuestionsAreAnsweredFromTheRoster() {
        Answer zelenskyy = engine.ask("Did Zelenskyy attend the talks?");
        assertTrue(
                AnswerText.lead(zelenskyy).contains("does not place **Volodymyr Zelenskyy**"),
                AnswerText.lead(zelenskyy));
        assertTrue(
                zelenskyy.citations().stream().allMatch(c -> c.quote().contains("Zelenskyy")),
                zelenskyy.citations().toString());
        Answer rubio = engine.ask("Was Rubio at the meeting?");
        assertTrue(AnswerText.lead(rubio).startsWith("Yes"), AnswerText.lead(rubio));
        // Asked with a word of presence at the end, as people chat.
        Answer there = engine.ask("was lavrov there?");
        assertTrue(there.lead() instanceof Lead.Attendance a && a.present(), AnswerText.lead(there));
        Answer putin = engine.ask("Was Putin present?");
        assertTrue(putin.lead() instanceof Lead.Attendance a && !a.present(), AnswerText.lead(putin));
        // Presence someone else speaks of is no attendance question.
        assertFalse(engine.ask("Did Lavrov say Russian troops were present?").lead() instanceof Lead.Attendance);
        // "there" that is no presence: "Is there a deal?" asks no one's attendance.
        assertFalse(engine.ask("Is there a date for Putin's summit?").lead() instanceof Lead.Attendance);
        // As a chat types it, or shouts it: the roster still answers.
        for (String typed : List.of("did zelenskyy attend the talks?", "DID ZELENSKYY ATTEND THE TALKS?")) {
            Answer a = engine.ask(typed);
            assertTrue(a.lead() instanceof Lead.Attendance, typed + " -> " + AnswerText.lead(a));
        }
        // Two people in one question: a yes or no for each.
        Answer both = engine.ask("Did Zelenskyy or Lavrov attend the talks?");
        assertTrue(both.lead() instanceof Lead.Roll, AnswerText.lead(both));
        assertEquals(
                List.of("Sergey Lavrov:true", "Volodymyr Zelenskyy:false"),
                ((Lead.Roll) both.lead())
                        .people().stream()
                                .map(a -> a.person().name() + ":" + a.present())
                                .toList());
        // Asked in the negative, the reply states the facts with no yes or no to misread.
        for (String negative : List.of("Did Lavrov not attend the talks?", "Didn't Lavrov attend the talks?")) {
            Answer a = engine.ask(negative);
            assertEquals(
                    "Sergey Lavrov:true:negated",
                    a.lead() instanceof Lead.Roll r && r.people().size() == 1
                            ? r.people().get(0).person().name() + ":"
                                    + r.people().get(0).present() + (r.negatedQuestion() ? ":negated" : "")
                            : AnswerText.lead(a),
                    negative);
        }
        // A user mention in the question is no word of it.
        assertTrue(engine.ask("<@123> who attended the talks?").answered());
    }

    @Test
    void aQuestionAboutSomeonesPostIsAnsweredFromTheFacts() {
        for (String asked : List.of(
                "What is Rubio's role?",
                "What position does Marco Rubio hold?",
                "Who is Marco Rubio?",
                "who's rubio")) {
            Answer a = engine.ask(asked);
            assertEquals(
                    "Marco Rubio:U.S. Secretary of State",
                    a.lead() instanceof Lead.Post p
                            ? p.person().name() + ":" + p.person().role()
                            : AnswerText.lead(a),
                    asked);
            assertTrue(a.citations().get(0).quote().contains("Secretary of State Marco Rubio"), asked);
        }
        // A view, someone else, or a role in something: not a question about the post.
        for (String other : List.of("What is Lavrov's position on sanctions?", "Who is Lavrov meeting?")) {
            Answer a = engine.ask(other);
            assertFalse(a.lead() instanceof Lead.Post, other + " -> " + AnswerText.lead(a));
        }
    }

    @Test
    void whoLedADelegationNamesThatSidesPeopleOnly() {
        for (var asked : Map.of(
                        "Who led the Russian delegation?", "Sergey Lavrov",
                        "Who headed the American delegation?", "Marco Rubio")
                .entrySet()) {
            Answer a = engine.ask(asked.getKey());
            assertEquals(List.of(asked.getValue()), peopleNamed(a), asked.getKey());
        }
        // A party named otherwise is not whom the answer speaks for: Russia's critic is no Russian.
        Answer critic = engine.ask("Who criticised Russia?");
        assertEquals(List.of("Emmanuel Macron"), peopleNamed(critic));
    }

    @Test
    void aDelegationWhosePeopleTheQuoteDoesNotNameIsNotAnsweredWithOthers() throws IOException {
        // The quote names the co-chairs and only the Chilean delegation, none of its people: naming the co-chairs
        // would answer for the wrong side.
        String article = "Regional conference opens in Port Keller\n\nThe conference, co-chaired by Norwegian "
                + "President Ilse Dravenko and Finnish President Kasim Belvar, was attended by Chilean, Peruvian and "
                + "Bolivian delegations.\n\nThe talks ran for three days.";
        try (AnswerEngine conference = engineOver("conference", article)) {
            Answer a = conference.ask("Who headed the Chilean delegation?");
            assertFalse(a.lead() instanceof Lead.People, AnswerText.lead(a));
            Answer chair = conference.ask("Who led the Norwegian delegation?");
            assertEquals(List.of("Ilse Dravenko"), peopleNamed(chair));
        }
    }

    @Test
    void aCountryIsFoundByTheDemonymTheLexiconListsForIt() throws IOException {
        // Syria has no alias group; the lexicon's demonyms give "Syrian", and the question matches "The Syrians".
        String article = "Golan talks stall\n\nThe talks in Shepherdstown ended on Monday without a date to resume."
                + "\n\nThe Syrians insisted that the Israelis withdraw to the line of June 4, 1967.\n\n"
                + "Observers said the delegations had made progress on water.";
        try (AnswerEngine golan = engineOver("golan", article)) {
            String question = "Where did Syria want Israel to withdraw to?";
            QueryTerm syria = golan.prepare(question).question().terms().stream()
                    .filter(t -> t.surface().equals("Syria"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(syria.forms().contains(List.of("syrian")), syria.forms().toString());
            Answer a = golan.ask(question);
            assertTrue(a.answered(), AnswerText.lead(a));
            assertTrue(a.citations().get(0).quote().startsWith("The Syrians insisted"), AnswerText.lead(a));
        }
    }

    @Test
    void talksDatedByWeekdayAloneAreAnsweredWithTheDayTheArticlesDateGives() throws IOException {
        // Published on Wednesday 30 July 2025; the text says only "on Monday", and a plan's clock time competes.
        String article = "---\ntitle: Harbour talks reopen the crossings\ndate: 2025-07-30\n---\n"
                + "Negotiators from Tarnova and Ostmark agreed on Monday to reopen the border crossings after a "
                + "meeting of their foreign ministers in Port Keller.\n\n"
                + "Customs officers from both sides were to hold talks at 7 a.m. the following morning.\n\n"
                + "Farmers in the valley welcomed the news.";
        try (AnswerEngine harbour = engineOver("harbour", article)) {
            for (String question : List.of("When did the talks take place?", "On what date was the meeting?")) {
                Answer a = harbour.ask(question);
                assertTrue(a.answered(), question + ": " + AnswerText.lead(a));
                assertEquals(new Lead.Weekday("Monday 28 July 2025", "2025-07-30"), a.lead(), question);
                assertTrue(a.citations().get(0).quote().contains("agreed on Monday"), question);
            }
            // A plan is no date of the talks: asked about directly, it is that sentence's.
            Answer again = harbour.ask("When will the customs officers meet?");
            assertFalse(again.lead() instanceof Lead.Weekday, AnswerText.lead(again));
            assertTrue(again.citations().get(0).quote().startsWith("Customs officers"), AnswerText.lead(again));
        }
    }

    /** The people a reply's lead names, or the lead itself when it names none (so a failure shows what it said). */
    private static List<String> peopleNamed(Answer a) {
        return a.lead() instanceof Lead.People p
                ? p.people().stream().map(Lead.Person::name).toList()
                : List.of(AnswerText.lead(a));
    }

    /** An engine over one article written in the test, with the repository's lexicon and the shipped model. */
    private static AnswerEngine engineOver(String id, String article) throws IOException {
        var corpus = new org.parley.corpus.CorpusLoader(org.parley.config.Lexicons.repository())
                .fromTexts(List.of(id), List.of(article));
        return AnswerEngine.open(Engines.settings("riyadh", true), corpus);
    }

    /** An invented article: two sides whose names no lexicon knows, a host, and a union leader outside the talks. */
    private static final String WATER_TALKS = "Varland and Ostrevia agree summer water schedule\n\n"
            + "PORT KELLER - Two days of talks between Varland and Ostrevia over the Tessa River ended on Thursday.\n\n"
            + "Varland's delegation was led by its Foreign Minister, Ilse Dravenko, with its chief water negotiator, "
            + "Pavel Oromir. Ostrevia was represented by Deputy Prime Minister Kasim Belvar and Energy Minister Rana "
            + "Toulis. The talks were hosted by Salandria and chaired by Salandrian envoy Magdalena Fisk.\n\n"
            + "Varland and Ostrevia agreed to a summer release schedule of at least 400 cubic metres per second.\n\n"
            + "Outside the talks, the Lower Valley Farmers' Union, led by Teodor Salk, criticised the floor as too low.";

    /** An invented article: four people, of whom three are given words, one by a pronoun and one by a bare quote. */
    private static final String CROSSING_TALKS = "Marland and Tovesk agree to reopen Hesk border crossing\n\n"
            + "LORVEN - Marland and Tovesk agreed on Tuesday to reopen the Hesk border crossing after two days of talks"
            + " hosted by Kessarian envoy Ivo Rask.\n\n"
            + "Marland's delegation was led by Foreign Minister Dana Velko. Tovesk sent Interior Minister Piotr Amsel,"
            + " accompanied by his deputy, Lena Torvik.\n\n"
            + "\"This crossing has been closed for too long,\" Velko told reporters after the signing. \"Families on both"
            + " sides of the river will meet again before the winter.\"\n\n"
            + "Amsel was more cautious about the crossing. \"We will watch how the first weeks go,\" he said.\n\n"
            + "Torvik sat beside Amsel at the signing of the crossing agreement.\n\n"
            + "Velko's spokesman, Aron Pell, briefed reporters on the crossing later. He said the ministry would"
            + " publish the timetable in May.";

    @Test
    void whatSomeoneSaidIsAnsweredOnlyWithTheirWords() throws IOException {
        try (AnswerEngine crossing = engineOver("crossing", CROSSING_TALKS)) {
            // she is named, and sits beside a speaker, but the article gives no words of hers
            Answer torvik = crossing.ask("What did Torvik say about the crossing?");
            assertFalse(torvik.answered(), torvik.toString());
            // his words are given by a pronoun, after a sentence naming him
            Answer amsel = crossing.ask("What did Amsel say about the crossing?");
            assertTrue(amsel.answered(), amsel.toString());
            assertTrue(amsel.citations().get(0).quote().contains("first weeks"), amsel.toString());
            // her spokesman's words, given by a pronoun after a sentence she only owns him in, are not hers
            Answer timetable = crossing.ask("What did Velko say about the timetable in May?");
            assertTrue(
                    timetable.citations().stream().noneMatch(c -> c.quote().contains("timetable")),
                    timetable.toString());
            assertFalse(
                    crossing.ask("Tell me what Torvik said about the crossing.").answered());
            // her quotation goes on in a sentence that names no one
            Answer velko = crossing.ask("What did Velko say about families?");
            assertTrue(velko.answered(), velko.toString());
            assertTrue(
                    velko.citations().stream()
                            .allMatch(c -> c.quote().contains("This crossing")
                                    || c.quote().contains("Families")),
                    velko.toString());
        }
    }

    /**
     * An invented article: a minister who welcomes the accord, one whose aides speak of her mood, one named only inside
     * another's relative clause, and an opposition leader with a long surname.
     */
    private static final String FISHING_TALKS = "Korvan and Tesslia sign fishing accord\n\n"
            + "HALDEN - Korvan and Tesslia signed a fishing accord on Friday after three days of talks in Halden.\n\n"
            + "Korvan was represented by Foreign Minister Jonas Ebbe. Tesslia sent Trade Minister Sofia Marr.\n\n"
            + "Ebbe welcomed the accord as a fair compromise on the herring quotas.\n\n"
            + "Marr, who met Korvan's Prime Minister Erik Vesk in Halden on Thursday, described the herring quotas as "
            + "generous.\n\n"
            + "Marr was said by aides to be relieved that the talks had not collapsed.\n\n"
            + "Opposition leader Piet Haldorsen said the herring quotas were far too high for a shrinking stock.\n\n"
            + "At a news conference with Ebbe, Tesslian Fisheries Minister Lars Quist rejected any role for foreign"
            + " inspectors.\n\n"
            + "The talks were chaired by Gudrun Aalto, the regional envoy, whose office was praised by both sides.";

    @Test
    void howSomeoneTookItIsAnsweredOnlyBySentencesAboutThemOrTheirWords() throws IOException {
        try (AnswerEngine fishing = engineOver("fishing", FISHING_TALKS)) {
            // named only as the one Marr met: nothing in the article says how he took the accord
            Answer vesk = fishing.ask("How did Vesk react to the accord?");
            assertFalse(vesk.answered(), vesk.toString());
            // named after someone else, but the subject of a verb of reaction
            Answer quist = fishing.ask("How did Quist react to the inspectors?");
            assertTrue(quist.answered(), quist.toString());
            assertTrue(quist.citations().get(0).quote().contains("rejected"), quist.toString());
            Answer ebbe = fishing.ask("How did Ebbe react to the accord?");
            assertTrue(ebbe.answered(), ebbe.toString());
            assertTrue(ebbe.citations().get(0).quote().startsWith("Ebbe welcomed"), ebbe.toString());
            // the sentence her aides speak in is about her, though the words are not hers
            Answer marr = fishing.ask("How did Marr feel about the talks?");
            assertTrue(marr.citations().stream().allMatch(c -> c.quote().startsWith("Marr")), marr.toString());
            assertTrue(marr.citations().stream().anyMatch(c -> c.quote().contains("relieved")), marr.toString());
        }
    }

    @Test
    void aSumOfMoneyIsAnsweredOnlyBySentencesThatGiveOne() throws IOException {
        String article = "Donors meet on Tessa bridge\n\n"
                + "KELLER - Varland and Ostrevia agreed on Monday to rebuild the Tessa bridge.\n\n"
                + "Salandria pledged to host a donors' conference on the bridge in May.\n\n"
                + "Varland pledged 40 million euros toward the bridge.\n\n"
                + "Ostrevia will pay for the new customs posts on the bridge.\n\n"
                + "Enforcement will fall to a Salandrian-led monitoring mission of about 300 police officers.\n\n"
                + "The bridge will carry 600 trucks a day once it reopens.\n\n"
                + "Varland also agreed to raise its defence spending to 2 percent of its economy by 2030.\n\n"
                + "Salandria will also give EUR 12m for a ferry while the bridge is closed.";
        try (AnswerEngine bridge = engineOver("bridge", article)) {
            Answer varland = bridge.ask("How much did Varland pledge for the bridge?");
            assertTrue(varland.answered(), varland.toString());
            assertTrue(varland.citations().get(0).quote().contains("40 million euros"), varland.toString());
            // the mission's size is a number but no sum (answered with it before)
            assertFalse(bridge.ask("How much will the monitoring mission cost?").answered());
            assertFalse(bridge.ask("How much will Ostrevia pay for the customs posts?")
                    .answered());
            // a share answers "how much" too, and a currency may be written by its code
            Answer share = bridge.ask("How much will Varland spend on defence?");
            assertTrue(share.answered(), share.toString());
            assertTrue(share.citations().get(0).quote().contains("2 percent"), share.toString());
            Answer code = bridge.ask("How much will Salandria contribute for the ferry?");
            assertTrue(code.answered(), code.toString());
            assertTrue(code.citations().get(0).quote().contains("EUR 12m"), code.toString());
            // not a question for money: trucks answer it
            Answer trucks = bridge.ask("How much traffic will the bridge carry?");
            assertTrue(trucks.citations().stream().anyMatch(c -> c.quote().contains("600 trucks")), trucks.toString());
        }
    }

    @Test
    void aDayIsAnsweredOnlyBySentencesThatGiveOne() throws IOException {
        String month = "Ferry talks end in Varn\n\n"
                + "VARN - Varland and Ostrevia agreed to restore the ferry link across the Tessa strait.\n\n"
                + "Ferry services between the two ports will resume in May, officials said.\n\n"
                + "A joint commission will review the fares.\n\n"
                + "Fishermen in Ostrevia said the ferries would disrupt the spring catch.";
        try (AnswerEngine ferry = engineOver("ferry", month)) {
            // "in May" is no date (it was the answer before)
            Answer date = ferry.ask("On what date in May will the ferry services resume?");
            assertTrue(date.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.NOT_FOUND, date.toString());
            assertFalse(ferry.ask("What day will the ferries resume?").answered());
            // asked when, the month answers
            Answer when = ferry.ask("When will the ferry services resume?");
            assertTrue(when.answered(), when.toString());
            assertTrue(when.citations().get(0).quote().contains("in May"), when.toString());
        }
        String days = month.replace("review the fares.", "review the fares by the end of October.")
                .replace("agreed to restore", "agreed on Friday to restore");
        try (AnswerEngine ferry = engineOver("ferry-days", days)) {
            Answer fares = ferry.ask("By what date will the commission review the fares?");
            assertTrue(fares.answered(), fares.toString());
            assertTrue(fares.citations().get(0).quote().contains("end of October"), fares.toString());
            Answer agreed = ferry.ask("What day did Varland and Ostrevia agree?");
            assertTrue(agreed.answered(), agreed.toString());
            assertTrue(agreed.citations().get(0).quote().contains("on Friday"), agreed.toString());
        }
    }

    @Test
    void theWordsOfSomeoneTheArticlesNeverNameAreRefused() throws IOException {
        try (AnswerEngine fishing = engineOver("fishing", FISHING_TALKS)) {
            // a relative clause's name is not the subject of the verb after the clause: the words are Marr's
            assertFalse(
                    fishing.ask("What did Vesk say about the herring quotas?").answered());
            // no article names her, so no sentence can give her words
            Answer pelosi = fishing.ask("What did Pelosi say about the herring quotas?");
            assertTrue(
                    pelosi.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.NOT_FOUND, pelosi.toString());
            // a spelling without the article's accent, or two edits from it, is not taken for a stranger
            Answer aalto = fishing.ask("What did Aaltö say about the talks?");
            assertFalse(
                    aalto.lead() instanceof Lead.Refusal r
                            && r.reason() == Lead.Reason.NOT_FOUND
                            && aalto.confidence() == 0,
                    aalto.toString());
            // a spelling two slips from the article's is not taken for a stranger
            Answer haldorsen = fishing.ask("What did Haldorsson say about the herring quotas?");
            assertTrue(haldorsen.answered(), haldorsen.toString());
            assertTrue(haldorsen.citations().get(0).quote().contains("Haldorsen"), haldorsen.toString());
        }
    }

    @Test
    void theWordsOfACountryOrBodyAreAnsweredOnlyWhereItIsNamed() throws IOException {
        String article = "Korvan and Tesslia sign fishing accord\n\n"
                + "HALDEN - Korvan and Tesslia signed a fishing accord on Friday after three days of talks in Halden.\n\n"
                + "The accord sets herring quotas for the next five years and opens a joint patrol of the Halden Bank.\n\n"
                + "Tesslian officials welcomed the herring quotas as fair.\n\n"
                + "The Kremlin said it would study the accord before deciding whether its trawlers would respect the "
                + "quotas.\n\n"
                + "Neighbouring Dorland was less enthusiastic. Its foreign ministry said it had not been consulted on "
                + "the patrol.\n\n"
                + "The head of the World Trade Organization, Ana Lind, called the accord a model for other disputes.\n\n"
                + "The Brussels-based Fisheries Watch said the herring quotas were too generous.\n\n"
                + "Downing Street said it welcomed the accord.";
        try (AnswerEngine fishing = engineOver("voices", article)) {
            // a country asked in lower case is still known by the lexicon's other names for it
            Answer uk = fishing.ask("what did the uk say about the accord?");
            assertTrue(uk.answered(), uk.toString());
            assertTrue(uk.citations().get(0).quote().startsWith("Downing Street"), uk.toString());
            // "Brussels-based" names a group, not the EU
            Answer eu = fishing.ask("What did the EU say about the herring quotas?");
            assertTrue(eu.citations().stream().noneMatch(c -> c.quote().contains("Brussels-based")), eu.toString());
            // no sentence names China: the Kremlin's words are no answer (they were, before)
            Answer china = fishing.ask("How did China react to the accord?");
            assertTrue(china.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.NOT_FOUND, china.toString());
            // the lexicon's aliases name Russia
            Answer russia = fishing.ask("How did Russia react to the accord?");
            assertTrue(russia.answered(), russia.toString());
            assertTrue(russia.citations().get(0).quote().startsWith("The Kremlin"), russia.toString());
            // named in the paragraph before the words
            Answer dorland = fishing.ask("What did Dorland say about the patrol?");
            assertTrue(dorland.answered(), dorland.toString());
            assertTrue(dorland.citations().get(0).quote().startsWith("Its foreign ministry"), dorland.toString());
            // a demonym the lexicon does not list
            Answer tesslia = fishing.ask("How did Tesslia react to the quotas?");
            assertTrue(tesslia.answered(), tesslia.toString());
            assertTrue(tesslia.citations().get(0).quote().startsWith("Tesslian officials"), tesslia.toString());
            // initials of a body written out: only its sentence may answer
            Answer wto = fishing.ask("What did the WTO say about the accord?");
            assertTrue(
                    wto.citations().stream().allMatch(c -> c.quote().contains("World Trade Organization")),
                    wto.toString());
        }
    }

    @Test
    void whoSpokeForASideOrHoldsAPostIsAnsweredWithThatSideOrPostOnly() throws IOException {
        try (AnswerEngine water = engineOver("water", WATER_TALKS)) {
            Answer side = water.ask("Who represented Ostrevia?");
            assertEquals(
                    List.of("Kasim Belvar", "Rana Toulis"),
                    side.lead() instanceof Lead.Attendees p
                            ? p.present().stream().map(Lead.Person::name).toList()
                            : List.of(AnswerText.lead(side)));
            Answer post = water.ask("Who is the foreign minister of Varland?");
            assertEquals(List.of("Ilse Dravenko"), peopleNamed(post));
            Answer from = water.ask("Who came from Ostrevia?");
            assertEquals(
                    List.of("Kasim Belvar", "Rana Toulis"),
                    from.lead() instanceof Lead.Attendees p
                            ? p.present().stream().map(Lead.Person::name).toList()
                            : List.of(AnswerText.lead(from)));
            // Nobody named is Salandria's president: its envoy is not offered as one.
            Answer president = water.ask("Who is the president of Salandria?");
            assertFalse(president.lead() instanceof Lead.People, AnswerText.lead(president));
            // The union's leader criticised the deal from outside the talks: "led by" places him nowhere.
            Answer salk = water.ask("Was Teodor Salk at the talks?");
            assertTrue(salk.lead() instanceof Lead.Attendance a && !a.present(), AnswerText.lead(salk));
        }
    }

    @Test
    void aHostWhoStayedOutOfTheTalksGetsNoYes() throws IOException {
        String article = "Rail talks end in Dorvik\n\nDORVIK - Envoys of Tarvia and Osmark agreed on Monday to reopen "
                + "the border railway.\n\nThe talks were held at the Old Customs House, the residence of Governor "
                + "Henrik Salvo, who hosted the meeting at the Dorvik Palace of Trade, did not take part in the "
                + "negotiations themselves.\n\n"
                + "Tarvia's envoy Mira Kolb led its delegation, and her deputy did not attend. Osmark was represented "
                + "by Jan Petrov.";
        try (AnswerEngine rail = engineOver("rail", article)) {
            // "…, who hosted the meeting …, did not take part": the facts keep the host from the talks, and the
            // reply says no with the sentence that says so, never a yes the quote under it would contradict.
            Answer salvo = rail.ask("Did Salvo take part in the negotiations?");
            assertTrue(salvo.answered(), AnswerText.lead(salvo));
            assertTrue(salvo.lead() instanceof Lead.Attendance a && !a.present(), AnswerText.lead(salvo));
            assertTrue(
                    salvo.citations().get(0).quote().contains("did not take part"),
                    salvo.citations().toString());
            // Asked with another person, no yes for him.
            Answer both = rail.ask("Did Salvo and Kolb take part in the negotiations?");
            assertFalse(
                    both.lead() instanceof Lead.Roll r
                            && r.people().stream()
                                    .anyMatch(a -> a.person().name().equals("Henrik Salvo") && a.present()),
                    AnswerText.lead(both));
            // A venue's capitals between the name and the words are no other person.
            Answer salvo2 = rail.ask("Did Henrik Salvo attend the talks?");
            assertFalse(salvo2.lead() instanceof Lead.Attendance a && a.present(), AnswerText.lead(salvo2));
            // Someone the same article places without such words still gets a yes.
            Answer kolb = rail.ask("Did Kolb take part in the talks?");
            assertTrue(kolb.lead() instanceof Lead.Attendance a && a.present(), AnswerText.lead(kolb));
        }
    }

    @Test
    void aWhoLeadNamesTheVerbsSubjectNotThePeopleTheQuestionOrTheVerbsObjectName() throws IOException {
        String article =
                "Port talks end in Velna\n\nVELNA - The envoys Lena Brask and Tomas Eide, who mediated between "
                        + "Tarvian Foreign Minister Mira Kolb and Osmark's Prime Minister Jan Petrov, said the talks in Velna "
                        + "would resume in May.\n\nThe harbour accord was brokered by Sara Lind of Norland, who met Kolb "
                        + "twice on Monday.";
        try (AnswerEngine port = engineOver("port", article)) {
            assertEquals(List.of("Lena Brask", "Tomas Eide"), leadNames(port.ask("Who mediated the talks?")));
            // After "by", in the passive: the agent, not the thing brokered.
            assertEquals(List.of("Sara Lind"), leadNames(port.ask("Who brokered the harbour accord?")));
            // The one the question names is not its own answer.
            assertFalse(leadNames(port.ask("Who met Kolb twice?")).contains("Mira Kolb"));
        }
        String calls =
                "Gas talks end in Velna\n\nVELNA - Envoys met on Monday.\n\nQatari envoy Omar Saleh and Egyptian "
                        + "envoy Hassan Kamel mediated by telephone between Norland's Sara Lind and Tarvia's Mira Kolb.\n\n"
                        + "After a call with Jan Petrov, Lena Brask signed the gas memorandum with Tomas Eide on Tuesday.\n\n"
                        + "Lena Brask invited Jan Petrov and Tomas Eide to join the next round in Velna.";
        try (AnswerEngine gas = engineOver("gas", calls)) {
            // "by telephone" is the means, not the agent.
            assertEquals(List.of("Omar Saleh", "Hassan Kamel"), leadNames(gas.ask("Who mediated by telephone?")));
            // The subject in the verb's own clause, and whom it was done with; not a name in an opening phrase.
            List<String> signed = leadNames(gas.ask("Who signed the gas memorandum?"));
            assertTrue(signed.contains("Lena Brask") && !signed.contains("Jan Petrov"), signed.toString());
            // A question in the passive asks for the verb's object: no split, so the invited stay in the lead.
            List<String> invited = leadNames(gas.ask("Who was invited to join the next round?"));
            assertTrue(invited.contains("Tomas Eide") && invited.size() > 1, invited.toString());
        }
    }

    private static List<String> leadNames(Answer a) {
        return a.lead() instanceof Lead.People p
                ? p.people().stream().map(Lead.Person::name).toList()
                : List.of(AnswerText.lead(a));
    }

    @Test
    void whoDidNotAttendNamesNoOneTheFactsPlaceAtTheTalks() throws IOException {
        try (AnswerEngine water = engineOver("water", WATER_TALKS)) {
            for (String q : List.of("Who didn't attend the talks?", "Who was not at the talks?")) {
                Answer a = water.ask(q);
                List<String> named = a.lead() instanceof Lead.People p
                        ? p.people().stream().map(Lead.Person::name).toList()
                        : a.lead() instanceof Lead.Attendees p
                                ? p.present().stream().map(Lead.Person::name).toList()
                                : List.of();
                for (String atTalks : List.of("Ilse Dravenko", "Pavel Oromir", "Kasim Belvar", "Rana Toulis"))
                    assertFalse(named.contains(atTalks), q + " -> " + AnswerText.lead(a));
            }
        }
    }

    @Test
    void whoObjectedNamesNoOneWhenNoCitedSentenceObjects() throws IOException {
        // Nobody objects in this article; the sentence sharing "deal" names its host, who must not be offered as
        // the objector (the shipped model still finds the sentence likely, so the quote is shown on its own).
        String article = "Ferry talks end in Hallby\n\nThe ferry deal was announced in Hallby on Friday by "
                + "Vesterland's Foreign Minister Peder Lund, who hosted the talks between Tarvia and Osmark. "
                + "Tarvia's delegation was led by Transport Minister Ana Ruiz.\n\nThe ferry is due to sail again "
                + "on 20 October.";
        try (AnswerEngine ferry = engineOver("ferry", article)) {
            Answer a = ferry.ask("Who objected to the deal?");
            assertFalse(a.lead() instanceof Lead.People, AnswerText.lead(a));
            assertFalse(AnswerText.lead(a).contains("**Peder Lund**"), AnswerText.lead(a));
        }
    }

    @Test
    void whoSignedForASideNamesItsSignatoryAndWhoObjectedNamesNoOneAccused() throws IOException {
        String article = "Grain corridor agreed in Helsinki\n\nThe accord was signed in Helsinki on 11 March by "
                + "Veskarian Foreign Minister Anton Ruusk and Lodmark's Foreign Minister Marta Lind.\n\n"
                + "Veskaria's nationalist Homeland Alliance accused Ruusk of \"selling the sea\", and the fishing unions "
                + "objected that the corridor cuts across their herring grounds.";
        try (AnswerEngine grain = engineOver("grain", article)) {
            Answer signed = grain.ask("Who signed the accord for Lodmark?");
            assertEquals(List.of("Marta Lind"), peopleNamed(signed));
            // The objection accuses Ruusk; no person voices it, so no one is named as the objector.
            Answer objected = grain.ask("Who objected to the deal?");
            assertFalse(AnswerText.lead(objected).contains("**Anton Ruusk**"), AnswerText.lead(objected));
        }
    }

    @Test
    void whenALiveEntryAnswersItsTimeStampIsCitedToo() throws IOException {
        String blog = "Live: envoys meet in Geneva\n\n08:15 \u2014 Good morning. Torvia and Meranza open a third round "
                + "of border talks at the Palais Wilson in Geneva today.\n\n13:40 \u2014 Talks resume. The European "
                + "Union's special envoy for the region, Mikael Sorensen, has joined the session as an observer.\n\n"
                + "17:10 \u2014 Both sides sign a memorandum on prisoners.";
        try (AnswerEngine live = engineOver("live", blog)) {
            Answer a = live.ask("When did the EU envoy join the session?");
            List<String> quotes = a.citations().stream().map(Citation::quote).toList();
            assertTrue(quotes.get(0).contains("has joined the session"), quotes.toString());
            assertEquals("13:40 \u2014 Talks resume.", quotes.get(1), "the entry's time, right after its answer");
            assertEquals(a.citations().get(0).score(), a.citations().get(1).score());
            // A sentence that says when itself needs no stamp; nor does any other kind of question.
            assertTrue(live.ask("When did both sides sign a memorandum?").citations().stream()
                    .noneMatch(c -> c.quote().equals("13:40 \u2014 Talks resume.")));
            assertTrue(live.ask("Who joined the session as an observer?").citations().stream()
                    .noneMatch(c -> c.quote().equals("13:40 \u2014 Talks resume.")));
        }
    }

    @Test
    void aPartyNamedAsAPlaceIsNotTheSideAskedAbout() throws IOException {
        // Cairo stands for Egypt, but "met in Cairo" asks who met there: the Egyptian, the Israeli and the Hamas
        // official, not the Egyptian alone.
        try (AnswerEngine cairo = Engines.open("cairo")) {
            Answer a = cairo.ask("Who met in Cairo?");
            assertTrue(a.lead() instanceof Lead.Attendees p && p.present().size() >= 3, AnswerText.lead(a));
        }
    }

    @Test
    void whichCountriesIsAnsweredWithThePartiesAtTheTalks() {
        for (String asked : List.of(
                "Which countries took part in the talks?",
                "What nations were at the talks?",
                "which countries attended")) {
            Answer a = engine.ask(asked);
            assertEquals(
                    List.of("United States", "Russia"),
                    a.lead() instanceof Lead.Parties p ? p.present() : List.of(AnswerText.lead(a)),
                    asked);
        }
        // Asked for people, the reply names people.
        assertTrue(engine.ask("Who took part in the talks?").lead() instanceof Lead.Attendees);
    }

    @Test
    void openQuestionsAreListedWithTheirQuotes() {
        Answer a = engine.ask("What remains unresolved?");
        assertTrue(a.answered());
        assertTrue(
                a.citations().stream().anyMatch(c -> c.quote().contains("much remains uncertain")),
                a.citations().toString());
    }

    @Test
    void citationsCarryArticleSectionAndParagraph() {
        Citation c = engine.ask("What happened in 2014?").citations().get(0);
        assertTrue(c.quote().contains("2014 annexation of Crimea"));
        assertTrue(c.section().equals("Restoring Diplomatic Relations"), c.section());
        assertTrue(c.paragraph() == 2, "paragraph " + c.paragraph());
        assertTrue(c.document().equals("us-russia-riyadh-talks"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What is the population of Brazil?",
                "Who won the 2024 Olympics marathon?",
                "How do I bake bread?"
            })
    void abstainsWhenTheArticleDoesNotSay(String question) {
        Answer a = engine.ask(question);
        assertFalse(a.answered(), () -> question + " -> " + a.citations());
        assertTrue(a.citations().isEmpty());
        assertTrue(AnswerText.lead(a).contains("couldn't find"), AnswerText.lead(a));
    }

    /** Strings no person asks share a letter with some sentence, never its meaning (README, "Coincidence"). */
    @ParameterizedTest
    @ValueSource(strings = {"x", "aaaaaaaaaaaaaaaaaaaa", "asdf qwer zxcv", "lol"})
    void refusesStringsThatOnlyShareLettersWithASentence(String question) {
        Answer a = engine.ask(question);
        assertFalse(a.answered(), () -> question + " -> " + a.citations());
        assertTrue(a.citations().isEmpty());
    }

    /** A reply refused by the coincidence rule reports no confidence, whatever the model gave its best sentence. */
    @Test
    void aCoincidenceIsRefusedWithConfidenceZero() {
        Answer a = engine.ask("Who mediated?");
        assertFalse(a.answered(), () -> AnswerText.lead(a));
        assertEquals(0.0, a.confidence());
    }

    /** A question in a script the articles never use can match nothing in them; it is told so, not answered. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0645\u0631\u062D\u0628\u0627",
                "\u05E9\u05DC\u05D5\u05DD \u05DE\u05D4 \u05E9\u05DC\u05D5\u05DE\u05DA",
                "\u4F60\u597D\uFF1F",
                "\u041A\u0442\u043E \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u0441\u044F?"
            })
    void aQuestionInAnotherScriptIsAskedForInTheArticlesLanguage(String question) {
        Answer a = engine.ask(question);
        assertFalse(a.answered(), () -> question + " -> " + a.citations());
        assertEquals(Lead.Reason.OTHER_SCRIPT, ((Lead.Refusal) a.lead()).reason());
        assertTrue(AnswerText.lead(a).contains("alphabet of my articles"), AnswerText.lead(a));
    }

    @Test
    void aQuestionWithAnyLetterOfTheArticlesScriptIsReadAsUsual() {
        Answer a = engine.ask("What did \u041B\u0430\u0432\u0440\u043E\u0432 (Lavrov) say?");
        assertTrue(a.answered(), () -> AnswerText.lead(a));
    }

    @Test
    void aCorpusInAnotherScriptTakesQuestionsInIt() throws IOException {
        var corpus = new org.parley.corpus.CorpusLoader(org.parley.config.Lexicons.repository())
                .fromTexts(
                        List.of("moskva"),
                        List.of(
                                "\u041F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u044B \u043F\u0440\u043E\u0448\u043B\u0438 \u0432 \u041C\u043E\u0441\u043A\u0432\u0435."));
        try (AnswerEngine cyrillic = AnswerEngine.open(Engines.settings("riyadh", false), corpus)) {
            Answer a = cyrillic.ask(
                    "\u0413\u0434\u0435 \u043F\u0440\u043E\u0448\u043B\u0438 \u043F\u0435\u0440\u0435\u0433\u043E\u0432\u043E\u0440\u044B?");
            assertFalse(
                    a.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.OTHER_SCRIPT,
                    () -> AnswerText.lead(a));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "\u0000\u200B\u0007", "title:(AND OR \" * ~", "@everyone <@123> **bold**", "???"})
    void hostileOrEmptyInputGetsAPoliteReplyAndNeverThrows(String question) {
        Answer a = engine.ask(question);
        assertFalse(AnswerText.lead(a).isBlank());
        assertFalse(AnswerText.markdown(a).contains("@everyone"), "mentions must never pass through");
    }

    @Test
    void everyReplyFitsOneDiscordMessage() {
        for (String q : List.of(
                "Who objected?", "What was agreed?", "Who took part in the talks?", "What remains unresolved?")) {
            Answer a = engine.ask(q);
            assertTrue(
                    AnswerText.markdown(a).length() <= 2000,
                    q + ": " + AnswerText.markdown(a).length());
        }
    }

    @Test
    void hugeQuestionsAreCutWithANote() {
        Answer a = engine.ask("Who met in Riyadh? " + "x".repeat(100_000));
        assertTrue(a.question().length() <= 500);
        assertTrue(AnswerText.markdown(a).contains("only its first 500 characters"), AnswerText.markdown(a));
    }
}
