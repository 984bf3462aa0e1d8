package org.parley.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.facts.FactExtractor;
import org.parley.facts.Facts;

/**
 * Every generated question, on the first article and on every fixture, checked against the article files by
 * code of its own: the right choice is in the cited sentence, the cited sentence is in the file, and every
 * wrong choice is one the article rules out.
 */
class QuizMakerTest {

    private static final ConfigLoader LOADER = new ConfigLoader(Path.of("").toAbsolutePath(), n -> null);
    private static final Lexicon LEXICON = Lexicon.load(LOADER, LOADER.load());
    private static final Path FIRST_ARTICLE = Path.of("index/corpus");
    private static final String USED_WORDS = "Who used the words \u201C";
    private static final int SEEDS = 12;
    private static final Set<String> KINDS = Set.of("who-said", "where", "when", "role", "side", "present", "absent");

    private record Quiz(Path dir, Corpus corpus, Facts facts, QuizMaker maker) {
        List<QuizQuestion> all() {
            return maker.make(10_000, new Random(7));
        }
    }

    private static Quiz quiz(Path dir) {
        Corpus corpus = new CorpusLoader(LEXICON).load(dir);
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        return new Quiz(dir, corpus, facts, new QuizMaker(corpus, facts, LEXICON));
    }

    static Stream<Path> corpora() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(FIRST_ARTICLE));
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/corpus"))) {
            fixtures.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs.stream();
    }

    @ParameterizedTest
    @MethodSource("corpora")
    void everyQuestionIsProvedByItsCitationAndEveryWrongChoiceIsRuledOut(Path dir) {
        Quiz quiz = quiz(dir);
        List<QuizQuestion> questions = quiz.all();
        if (dir.equals(FIRST_ARTICLE)) assertFalse(questions.isEmpty(), "the first article must yield questions");
        assumeFalse(questions.isEmpty(), dir + " yields no questions");
        Set<String> prompts = new HashSet<>();
        questions.forEach(q -> assertTrue(prompts.add(q.prompt()), "repeated prompt: " + q.prompt()));
        // Several seeds, so that many draws of wrong choices pass through the checks.
        List<QuizQuestion> drawn = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) drawn.addAll(quiz.maker().make(10_000, new Random(seed)));
        for (QuizQuestion q : drawn) {
            String where = dir + " " + q.kind() + ": " + q.prompt() + " " + q.choices() + " (right: " + q.rightChoice()
                    + ") citing: " + q.citation().quote();
            checkShape(q, where);
            String file = articleFile(dir, q.citation().article().id());
            // Markdown's bold markers are no words of the article ("- **September 2024:** Holdt asks …" reads
            // "September 2024:"); in plain text they are (the hostile article's "**not**").
            assertTrue(
                    file.contains(q.citation().quote())
                            || file.replace("**", "").contains(q.citation().quote()),
                    "citation not verbatim in the article: " + where);
            switch (q.kind()) {
                case "who-said" -> checkWhoSaid(quiz, q, where);
                case "where" -> checkWhere(quiz, q, file, where);
                case "when" -> checkWhen(quiz, q, file, where);
                case "role" -> checkRole(quiz, q, file, where);
                case "side" -> checkSide(quiz, q, file, where);
                case "present" -> checkPresent(quiz, q, where);
                case "absent" -> checkAbsent(quiz, q, where);
                default -> throw new AssertionError("unknown kind " + where);
            }
        }
    }

    /** The checks above must have run on every kind somewhere, and on most fixtures. */
    @Test
    void theFixturesExerciseEveryKind() throws IOException {
        Set<String> kinds = new LinkedHashSet<>();
        int yielding = 0;
        for (Path dir : corpora().toList()) {
            List<QuizQuestion> questions = quiz(dir).all();
            if (!questions.isEmpty()) yielding++;
            questions.forEach(q -> kinds.add(q.kind()));
        }
        assertEquals(KINDS, kinds);
        assertTrue(yielding >= 15, "only " + yielding + " corpora yield questions");
    }

    @Test
    void theFirstArticleAsksFiveKindsInFiveQuestions() {
        List<QuizQuestion> five = quiz(FIRST_ARTICLE).maker().make(5, new Random(3));
        assertEquals(5, five.size());
        assertEquals(5, five.stream().map(QuizQuestion::kind).distinct().count(), five.toString());
    }

    @Test
    void aSeedGivesTheSameQuizAndAnotherSeedAnotherOrder() {
        List<QuizQuestion> first = quiz(FIRST_ARTICLE).maker().make(6, new Random(42));
        List<QuizQuestion> again = quiz(FIRST_ARTICLE).maker().make(6, new Random(42));
        assertFalse(first.isEmpty());
        assertEquals(first, again);
        List<QuizQuestion> other = quiz(FIRST_ARTICLE).maker().make(6, new Random(43));
        assertNotEquals(first, other);
    }

    @Test
    void countZeroGivesNoneAndALargeCountGivesEveryDistinctQuestionOnce() {
        QuizMaker maker = quiz(Path.of("src/test/resources/corpus/jeddah")).maker();
        assertTrue(maker.make(0, new Random(1)).isEmpty());
        assertTrue(maker.make(-3, new Random(1)).isEmpty());
        int available =
                maker.available().values().stream().mapToInt(Integer::intValue).sum();
        List<QuizQuestion> all = maker.make(10_000, new Random(1));
        assertTrue(available > 20, maker.available().toString());
        assertEquals(available, all.size());
        assertEquals(
                all.size(), all.stream().map(QuizQuestion::prompt).distinct().count());
    }

    @Test
    void anArticleWithNoPeopleAsksAboutThePlaceAndDateOnly() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("no-people"),
                        List.of("The talks took place in Geneva on 3 May 2025 and ended without agreement. "
                                + "Officials said the meeting had been useful and that another round would follow."));
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        assertTrue(facts.participants().isEmpty(), facts.participants().toString());
        List<QuizQuestion> questions = new QuizMaker(corpus, facts, LEXICON).make(10, new Random(1));
        assertFalse(questions.isEmpty());
        for (QuizQuestion q : questions) {
            assertTrue(Set.of("where", "when").contains(q.kind()), q.toString());
            checkShape(q, q.toString());
        }
    }

    @Test
    void talksDatedByWeekdayAskWhichDayWithOtherDaysAsWrongChoices() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("weekday"),
                        List.of(
                                "---\ndate: 2025-07-30\n---\nNegotiators from Tarnova and Ostmark agreed on Monday "
                                        + "to reopen the border crossings after talks in Port Keller. Shops closed on Friday."));
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        QuizQuestion when = new QuizMaker(corpus, facts, LEXICON)
                .make(10, new Random(1)).stream()
                        .filter(q -> q.kind().equals("when"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Monday", when.rightChoice());
        assertTrue(when.prompt().startsWith("Which day completes this sentence"), when.prompt());
        assertTrue(when.prompt().contains("agreed on ____ to reopen"), when.prompt());
        // "Friday" is mentioned, so it could be read as right: it is never offered
        assertFalse(wrongs(when).isEmpty());
        for (String wrong : wrongs(when)) {
            assertTrue(
                    Set.of("Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday")
                            .contains(wrong),
                    wrong);
        }
        checkShape(when, when.toString());
    }

    @Test
    void amongSeveralArticlesEachQuestionNamesTheArticleItCites() throws IOException {
        List<String> ids = List.of("istanbul", "geneva");
        List<String> texts = List.of(
                Files.readString(Path.of("src/test/resources/corpus/istanbul/russia-ukraine-istanbul-talks.txt")),
                Files.readString(Path.of("src/test/resources/corpus/geneva/iran-e3-geneva-talks.txt")));
        Corpus corpus = new CorpusLoader(LEXICON).fromTexts(ids, texts);
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        List<QuizQuestion> questions = new QuizMaker(corpus, facts, LEXICON).make(10_000, new Random(5));
        assertTrue(questions.size() > 10, questions.toString());
        for (QuizQuestion q : questions) {
            checkShape(q, q.toString());
            String text = texts.get(ids.indexOf(q.citation().article().id()));
            assertTrue(text.contains(q.citation().quote()), q.toString());
            assertFalse(q.prompt().contains("the article"), "which article? " + q.prompt());
            Matcher named = Pattern.compile("(?:according to|from) \u201C([^\u201D]+)\u201D")
                    .matcher(q.prompt());
            if (named.find()) {
                String title = named.group(1).replaceAll("\u2026$", "");
                assertTrue(q.citation().article().title().startsWith(title), q.prompt());
            }
        }
    }

    @Test
    void twoArticlesAboutOneMeetingAskWhereItWasOnce() {
        // Day one and day two of the same talks: "Where did the meeting take place, according to …?" has one answer.
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("day-one", "day-two"),
                        List.of(
                                "Envoys open dam talks\n\nThe talks took place in Trevik on 14 May 2025. Galdoran "
                                        + "Water Minister Miriam Ostrova led her country's delegation.",
                                "Envoys agree dam deal\n\nThe talks held in Trevik ended on 15 May 2025 with a deal. "
                                        + "Galdoran Water Minister Miriam Ostrova welcomed it."));
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        List<QuizQuestion> where = new QuizMaker(corpus, facts, LEXICON)
                .make(10_000, new Random(3)).stream()
                        .filter(q -> q.kind().equals("where"))
                        .toList();
        assertEquals(1, where.size(), where.toString());
    }

    @Test
    void whoSaidHeOffersNoWomanTheArticlesCallShe() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("summit"),
                        List.of("Envoys meet in Port Mirel\n\nThe talks took place in Port Mirel on 3 March 2025. "
                                + "Kestrian Foreign Minister Ilona Varsky led her delegation; she called the talks "
                                + "useful. Pellonian Trade Minister Amira Soltane said she had reservations. "
                                + "Trastavian Deputy Foreign Minister Kaspar Lindqvist said he will attend the next "
                                + "round in Askeby. Dovarian Prime Minister Tomas Reden said he was pleased. "
                                + "Halden Forum Secretary-General Nadia Ferreiro chaired the session, and she said the "
                                + "forum would publish a report. Commissioner Ruben Aalto said he expected a deal. "
                                + "Kestrian envoy Piotr Novak said he hoped for a second round soon."));
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        List<QuizQuestion> questions = new QuizMaker(corpus, facts, LEXICON).make(10_000, new Random(3));
        List<QuizQuestion> he = questions.stream()
                .filter(q -> q.kind().equals("who-said") && q.prompt().matches("(?s).*\\bhe\\b.*"))
                .toList();
        assertFalse(he.isEmpty(), questions.toString());
        for (QuizQuestion q : he) {
            for (String choice : q.choices()) {
                assertNotEquals(Facts.Pronoun.FEMININE, facts.pronouns().get(choice), q.toString());
            }
        }
    }

    @Test
    void whatSomeoneSaidThatPointsBackIsAskedByItsQuotedWords() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("live"),
                        List.of("Envoys meet in Port Mirel\n\nThe talks took place in Port Mirel on 3 March 2025. "
                                + "What is not in the memorandum: the status of the islands and the river border. "
                                + "Swiss mediator Ursula Brandt said those questions \"remain on the table\" for a "
                                + "fourth round. Kestrian Foreign Minister Ilona Varsky said the memorandum was a "
                                + "first step toward a full settlement. Pellonian Trade Minister Amira Soltane said "
                                + "that it would not survive the winter. Trastavian Deputy Foreign Minister Kaspar "
                                + "Lindqvist said he will attend the next round in Askeby. Dovarian Prime Minister "
                                + "Tomas Reden said he was pleased with the progress on the river."));
        List<String> prompts = whoSaidPrompts(corpus);
        assertTrue(
                prompts.contains("Who said the memorandum was a first step toward a full settlement?"),
                prompts.toString());
        assertTrue(
                prompts.stream().noneMatch(q -> q.startsWith("Who said those") || q.startsWith("Who said that it")),
                "\"those questions\" and \"it\" point to sentences the prompt does not show: " + prompts);
        assertTrue(
                prompts.contains("Who used the words \u201Cremain on the table\u201D, according to the article?"),
                prompts.toString());
    }

    @Test
    void whatSomeoneHasNotSaidOrWasSaidAboutThemIsNoStatementOfTheirsToAskAbout() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("accord"),
                        List.of("Envoys sign an accord\n\nThe talks took place in Port Mirel on 3 March 2025. "
                                + "Opposition leader Amira Soltane has not said whether she accepts the accord. "
                                + "Kestrian Foreign Minister Ilona Varsky declined to say when the monitors would "
                                + "arrive. Dovarian Prime Minister Tomas Reden, who did not attend, said the accord "
                                + "was a first step toward a settlement. Pellonian Trade Minister Kaspar Lindqvist "
                                + "led his delegation. Halden Forum envoy Nadia Ferreiro chaired the session. "
                                + "Deputy Foreign Minister Aurel Dumitran led the Lanmar team. In Lanmar, the "
                                + "nationalist Homeland Party said Dumitran had \"given away transit fees for nothing "
                                + "in return\" and called for the full text."));
        List<String> prompts = whoSaidPrompts(corpus);
        assertEquals(List.of("Who said the accord was a first step toward a settlement?"), prompts);
    }

    @Test
    void wordsOfSomeonesAidesGovernmentOrRumourAreNoStatementOfTheirs() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("accord"),
                        List.of("Envoys sign an accord\n\nThe talks took place in Port Mirel on 3 March 2025. "
                                + "Aides to President-elect Tomas Reden said he would not comment until the monitors "
                                + "arrived. The summit was hosted by Prime Minister Ilona Varsky, whose government "
                                + "said the event cost about 20 million dollars. Foreign Minister Kaspar Lindqvist was "
                                + "said by aides to be deeply unhappy with the final wording. Deputy Foreign Minister "
                                + "Aurel Dumitran said the accord was a first step toward a settlement. Head of "
                                + "Delegation Nadia Ferreiro said the monitors would patrol the border daily. "
                                + "Pellonian Trade Minister Anna Lisk led her delegation."));
        // a preposition inside a title ("Head of Delegation") still leaves its holder the speaker
        assertEquals(
                Set.of(
                        "Who said the accord was a first step toward a settlement?",
                        "Who said the monitors would patrol the border daily?"),
                Set.copyOf(whoSaidPrompts(corpus)));
    }

    @Test
    void aRoleOfThePersonsOwnCountryIsNeverAWrongChoice() {
        Corpus corpus = new CorpusLoader(LEXICON)
                .fromTexts(
                        List.of("summit"),
                        List.of("Leaders meet in Rome\n\nFrench President Emmanuel Macron opened the talks in Rome "
                                + "on 3 March 2025. French Foreign Minister Jean-Noel Barrot arrived later. German "
                                + "Chancellor Olaf Scholz spoke first. Italian Prime Minister Giorgia Meloni chaired "
                                + "the session. Spanish Foreign Minister Jose Albares left early."));
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        int macron = 0;
        for (int seed = 0; seed < 40; seed++) {
            for (QuizQuestion q : new QuizMaker(corpus, facts, LEXICON).make(10_000, new Random(seed))) {
                if (!q.kind().equals("role") || !q.prompt().contains("Macron")) continue;
                macron++;
                assertFalse(q.choices().contains("French Foreign Minister"), "may be his too: " + q);
            }
        }
        assertTrue(macron > 0, "Macron's role is asked");
    }

    @Test
    void aBuildingIsNeverAskedAboutAmongCities() {
        for (var venue : Map.of("Hotel Lagune", false, "Port Mirel", true).entrySet()) {
            Corpus corpus = new CorpusLoader(LEXICON)
                    .fromTexts(
                            List.of("talks"),
                            List.of("Envoys meet\n\nThe talks took place at " + venue.getKey() + " on 3 March 2025. "
                                    + "Kestrian Foreign Minister Ilona Varsky said the talks were useful."));
            Facts facts = new FactExtractor(LEXICON).extract(corpus);
            boolean asked = new QuizMaker(corpus, facts, LEXICON)
                    .make(10_000, new Random(3)).stream().anyMatch(q -> q.kind().equals("where"));
            assertEquals(
                    venue.getValue(),
                    asked,
                    venue.getKey() + ": the only building among the choices gives itself away");
        }
    }

    /** The who-said prompts of every quiz question a corpus yields (seed 3). */
    private static List<String> whoSaidPrompts(Corpus corpus) {
        Facts facts = new FactExtractor(LEXICON).extract(corpus);
        return new QuizMaker(corpus, facts, LEXICON)
                .make(10_000, new Random(3)).stream()
                        .filter(q -> q.kind().equals("who-said"))
                        .map(QuizQuestion::prompt)
                        .toList();
    }

    // ---- checks, written against the article text rather than the quiz code ----

    private static void checkShape(QuizQuestion q, String where) {
        assertTrue(KINDS.contains(q.kind()), where);
        assertFalse(q.prompt().isBlank(), where);
        assertTrue(q.prompt().length() <= 300, "prompt too long: " + where);
        assertEquals(4, q.choices().size(), where);
        assertTrue(q.answer() >= 0 && q.answer() < 4, where);
        Set<String> distinct = new HashSet<>();
        for (String c : q.choices()) {
            assertFalse(c.isBlank(), where);
            assertTrue(c.length() <= 80, "choice too long for a button: " + where);
            assertTrue(distinct.add(c.toLowerCase(Locale.ROOT)), "repeated choice: " + where);
        }
    }

    private static void checkWhoSaid(Quiz quiz, QuizQuestion q, String where) {
        String sentence = q.citation().quote();
        String shown = q.prompt().startsWith(USED_WORDS)
                ? q.prompt().substring(USED_WORDS.length(), q.prompt().lastIndexOf("\u201D, according to "))
                : q.prompt().substring("Who ".length(), q.prompt().length() - 1);
        // A closing quotation mark may end the prompt where the sentence put its full stop inside it ('… state."').
        String words = shown.replaceAll("\u2026$", "").replaceAll("[\"\u201D\u2019']+$", "");
        assertTrue(words.length() > 10 && sentence.contains(words), "reported words not in the sentence: " + where);
        assertFalse(
                q.prompt().matches("(?s).*\\.[\"\u201D\u2019']*\\?$"),
                "a full stop before the question mark: " + where);
        String speaker = q.rightChoice();
        assertFalse(namedByAnyWord(q.prompt(), speaker), "the prompt names the speaker: " + where);
        // A sentence that does not name the speaker says "he" or "she" for the one the sentence before names; news
        // may name a person by the family name written first ("Xi, reading from prepared remarks, said …").
        boolean pronoun = !namedByAnyWord(sentence, speaker);
        String before =
                pronoun ? previous(quiz, q.citation()).map(Passage::quote).orElse("") : "";
        assertTrue(
                !pronoun
                        || Pattern.compile("(?i)\\b(he|she)\\b")
                                        .matcher(sentence)
                                        .find()
                                && namedByAnyWord(before, speaker),
                "speaker not in the sentence nor before its pronoun: " + where);
        List<String> holding =
                sentences(quiz, q).stream().filter(s -> s.contains(words)).toList();
        assertFalse(holding.isEmpty(), where);
        for (String wrong : wrongs(q)) {
            String name = surname(wrong);
            assertFalse(named(sentence, name) || named(before, name), wrong + " is in the cited sentence: " + where);
            for (String s : holding) assertFalse(named(s, name), wrong + " is named beside those words: " + where);
        }
    }

    private static void checkWhere(Quiz quiz, QuizQuestion q, String file, String where) {
        assertTrue(q.citation().quote().contains(q.rightChoice()), "venue not in the cited sentence: " + where);
        for (String wrong : wrongs(q)) {
            String city = wrong.split(",")[0];
            assertFalse(named(q.citation().quote(), city), where);
            assertFalse(named(file, city), wrong + " is named in the article: " + where);
        }
    }

    private static void checkWhen(Quiz quiz, QuizQuestion q, String file, String where) {
        String sentence = q.citation().quote();
        assertTrue(sentence.contains(q.rightChoice()), "date not in the cited sentence: " + where);
        String cloze = q.prompt()
                .substring(q.prompt().indexOf('\u201C') + 1, q.prompt().lastIndexOf('\u201D'));
        assertTrue(cloze.contains("____"), where);
        for (String piece : cloze.replace("____", q.rightChoice()).split("\u2026")) {
            assertTrue(sentence.contains(piece), "the filled sentence is not the article's: " + where);
        }
        for (String wrong : wrongs(q)) {
            assertFalse(sentence.contains(wrong), where);
            // as a whole date: "September 20" is not in "September 2026"
            assertFalse(
                    java.util.regex.Pattern.compile(
                                    "(?<![\\p{L}\\d])" + java.util.regex.Pattern.quote(wrong) + "(?![\\p{L}\\d])")
                            .matcher(file)
                            .find(),
                    wrong + " is in the article: " + where);
        }
    }

    private static void checkRole(Quiz quiz, QuizQuestion q, String file, String where) {
        String person = between(q.prompt(), "What is ", "'s role");
        String surname = surname(person);
        String sentence = q.citation().quote();
        assertTrue(
                named(sentence, surname) && sentence.contains(q.rightChoice()), "role not beside the name: " + where);
        String right = q.rightChoice().toLowerCase(Locale.ROOT);
        List<String> naming =
                sentences(quiz, q).stream().filter(s -> named(s, surname)).toList();
        for (String wrong : wrongs(q)) {
            String w = wrong.toLowerCase(Locale.ROOT);
            assertFalse(w.contains(right) || right.contains(w), wrong + " overlaps " + q.rightChoice() + ": " + where);
            assertTrue(file.contains(wrong), wrong + " is no role the article gives: " + where);
            for (String s : naming)
                assertFalse(s.contains(wrong), wrong + " is written beside " + person + ": " + where);
        }
    }

    private static void checkSide(Quiz quiz, QuizQuestion q, String file, String where) {
        String person = between(q.prompt(), "Which country does ", " speak for");
        String sentence = q.citation().quote();
        assertTrue(named(sentence, surname(person)), where);
        assertTrue(namesParty(quiz, sentence, q.rightChoice()), "the cited sentence does not name the side: " + where);
        for (String wrong : wrongs(q)) {
            assertNotEquals(
                    LEXICON.partyOf(wrong).orElse(wrong),
                    LEXICON.partyOf(q.rightChoice()).orElse(q.rightChoice()),
                    where);
            assertTrue(namesParty(quiz, file, wrong), wrong + " is not in the article: " + where);
        }
    }

    private static void checkPresent(Quiz quiz, QuizQuestion q, String where) {
        String sentence = q.citation().quote();
        assertTrue(named(sentence, surname(q.rightChoice())) && hasAny(sentence, participation()), where);
        for (String wrong : wrongs(q)) {
            String name = surname(wrong);
            assertFalse(named(sentence, name), where);
            assertTrue(
                    sentences(quiz, q).stream().anyMatch(s -> named(s, name) && hasAny(s, LEXICON.quiz("absent"))),
                    "nothing keeps " + wrong + " from the talks: " + where);
        }
    }

    private static void checkAbsent(Quiz quiz, QuizQuestion q, String where) {
        String sentence = q.citation().quote();
        String name = surname(q.rightChoice());
        assertTrue(named(sentence, name) && hasAny(sentence, LEXICON.quiz("absent")), where);
        for (String wrong : wrongs(q)) {
            String other = surname(wrong);
            assertTrue(
                    sentences(quiz, q).stream()
                            .anyMatch(s -> named(s, other)
                                    && !named(s, name)
                                    && hasAny(s, participation())
                                    && !hasAny(s, LEXICON.quiz("absent"))),
                    "nothing places " + wrong + " at the talks: " + where);
        }
    }

    // ---- helpers ----

    private static List<String> wrongs(QuizQuestion q) {
        List<String> out = new ArrayList<>(q.choices());
        out.remove(q.answer());
        return out;
    }

    /** What the article says: the file without its front matter (a url such as example.org/muscat names no place). */
    private static String articleFile(Path dir, String id) {
        for (String ext : List.of(".txt", ".md")) {
            Path file = dir.resolve(id + ext);
            if (Files.isRegularFile(file)) {
                try {
                    String text = Files.readString(file);
                    int close = text.startsWith("---\n") ? text.indexOf("\n---", 3) : -1;
                    return close < 0 ? text : text.substring(close + 4);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no file for " + id + " in " + dir);
    }

    private static List<String> sentences(Quiz quiz, QuizQuestion q) {
        return quiz.corpus().passages().stream()
                .filter(p -> p.article().id().equals(q.citation().article().id()))
                .map(Passage::quote)
                .toList();
    }

    private static Optional<Passage> previous(Quiz quiz, Passage p) {
        return quiz.corpus()
                .passage(Passage.key(
                        p.article().id(), p.paragraph().number(), p.sentence().number() - 1));
    }

    private static List<String> participation() {
        List<String> cues = new ArrayList<>(LEXICON.cues("participation"));
        cues.addAll(LEXICON.cues("participation_before"));
        return cues;
    }

    /** Whether a text names a country in any form the lexicon or the articles know ("Russian", "Kremlin"). */
    private static boolean namesParty(Quiz quiz, String text, String party) {
        if (quiz.facts().localAliases().getOrDefault(party, List.of(party)).stream()
                .anyMatch(a -> named(text, a))) return true;
        String[] words = text.split("[^\\p{L}.]+");
        for (int i = 0; i < words.length; i++) {
            for (int n = 1; n <= 3 && i + n <= words.length; n++) {
                String phrase =
                        String.join(" ", List.of(words).subList(i, i + n)).replaceAll("\\.$", "");
                if (!phrase.isEmpty()
                        && Character.isUpperCase(phrase.charAt(0))
                        && LEXICON.partyOf(phrase).filter(party::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAny(String text, List<String> phrases) {
        return phrases.stream().anyMatch(p -> named(text, p));
    }

    private static boolean named(String text, String word) {
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace("'", "\\E['\u2019]\\Q")
                                + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    private static boolean namedByAnyWord(String text, String name) {
        return Arrays.stream(name.split(" ")).anyMatch(word -> named(text, word));
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String between(String s, String from, String to) {
        int start = s.indexOf(from) + from.length();
        return s.substring(start, s.indexOf(to, start));
    }
}
