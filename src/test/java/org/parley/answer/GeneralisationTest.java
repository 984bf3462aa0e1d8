package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.ui.AnswerText;

/**
 * The same engine, unchanged, on articles it was not written against: question sets written with each
 * fixture. Floors sit below today's measured scores (see README) so a regression fails the build.
 */
class GeneralisationTest {

    static final double TOLERANCE = 0.02;

    /**
     * corpus, questions, how they are typed, hit@1, hit@3, abstain, false abstain: measured with the shipped model. A
     * few sets are typed again in lower case, as chat users often type ("who led the kestrian delegation"): they are
     * read with the articles' capitals ({@link Truecaser}), without which the answerer saw no names and answered traps
     * it refuses when they are capitalised (README, "Questions typed in lower case"). A few are typed again with a
     * slip in a name ({@link #withNameSlip}): read as the articles' word ({@link Speller}), they score as written;
     * unread, a misspelt name was an unknown name, and fair questions were refused (README, "Questions with a typo").
     * The eleven sets from riyadh-unseen to woodside were written after the shipped model was fit, by people who saw
     * no other set: for them these figures are unseen ones (README, "Unseen news"). So were the five from sindoor to
     * ankara, written by a helper who saw neither the engine nor any set, and measured before anything was changed on
     * them, and the five from singapore to villa (the thirteenth batch), from minsk to metropole (the fourteenth)
     * from dayton to ohrid (the fifteenth), from belfast to sentosa (the sixteenth), from thurmont to kleber (the
     * seventeenth), from livadia to juba (the eighteenth) and from portsmouth to moscow (the nineteenth) in the same
     * way.
     */
    static final String PINS = """
            riyadh, riyadh-extra, as written, 0.889, 0.889, 0.824, 0.111
            jeddah, jeddah, as written, 0.765, 0.824, 0.778, 0.059
            harbor, harbor, as written, 0.875, 0.938, 0.900, 0.000
            istanbul, istanbul, as written, 0.667, 0.867, 0.727, 0.067
            coral, coral, as written, 0.733, 1.000, 0.545, 0.000
            geneva, geneva, as written, 0.667, 0.800, 0.818, 0.067
            belgrade, belgrade, as written, 0.867, 0.867, 0.727, 0.067
            interview, interview, as written, 0.667, 0.667, 0.818, 0.067
            cairo, cairo, as written, 0.818, 0.909, 0.900, 0.000
            alpine, alpine, as written, 0.636, 1.000, 0.800, 0.000
            nairobi, nairobi, as written, 0.389, 0.500, 0.667, 0.056
            oslo, oslo, as written, 0.444, 0.722, 0.583, 0.056
            vienna, vienna, as written, 0.556, 0.722, 0.417, 0.167
            doha, doha, as written, 0.611, 0.833, 0.750, 0.000
            brussels, brussels, as written, 0.611, 0.778, 0.500, 0.056
            panmun, panmun, as written, 0.556, 0.611, 0.750, 0.167
            lusaka, lusaka, as written, 0.556, 0.833, 0.500, 0.000
            tbilisi, tbilisi, as written, 0.667, 0.778, 0.583, 0.000
            manila, manila, as written, 0.556, 0.722, 0.750, 0.111
            quito, quito, as written, 0.722, 0.778, 0.583, 0.056
            hanoi, hanoi, as written, 0.611, 0.778, 0.583, 0.111
            bergen, bergen, as written, 0.389, 0.556, 0.833, 0.222
            accra, accra, as written, 0.667, 0.778, 0.583, 0.056
            valletta, valletta, as written, 0.667, 0.722, 0.833, 0.111
            almaty, almaty, as written, 0.722, 0.778, 0.583, 0.056
            lima, lima, as written, 0.722, 0.833, 0.750, 0.111
            tallinn, tallinn, as written, 0.667, 0.833, 0.750, 0.111
            dakar, dakar, as written, 0.722, 0.833, 0.667, 0.056
            windhoek, windhoek, as written, 0.667, 0.833, 0.667, 0.000
            yerevan, yerevan, as written, 0.611, 0.778, 0.750, 0.111
            montevideo, montevideo, as written, 0.444, 0.833, 0.750, 0.111
            colombo, colombo, as written, 0.778, 0.833, 0.667, 0.000
            reykjavik, reykjavik, as written, 0.556, 0.611, 0.583, 0.111
            kigali, kigali, as written, 0.611, 0.889, 0.667, 0.056
            tunis, tunis, as written, 0.556, 0.667, 0.667, 0.111
            asuncion, asuncion, as written, 0.722, 0.889, 0.750, 0.056
            ulaanbaatar, ulaanbaatar, as written, 0.778, 0.833, 0.750, 0.167
            muscat, muscat, as written, 0.500, 0.778, 0.583, 0.111
            vilnius, vilnius, as written, 0.722, 0.889, 0.667, 0.000
            suva, suva, as written, 0.444, 0.556, 0.583, 0.222
            baku, baku, as written, 0.833, 0.833, 0.667, 0.111
            nicosia, nicosia, as written, 0.444, 0.611, 0.750, 0.111
            dili, dili, as written, 0.667, 0.778, 0.750, 0.167
            tirana, tirana, as written, 0.500, 0.667, 0.667, 0.278
            lome, lome, as written, 0.500, 0.667, 0.750, 0.111
            apia, apia, as written, 0.667, 0.889, 0.583, 0.000
            bishkek, bishkek, as written, 0.611, 0.778, 0.583, 0.056
            maputo, maputo, as written, 0.444, 0.667, 0.917, 0.056
            podgorica, podgorica, as written, 0.889, 0.944, 0.750, 0.056
            thimphu, thimphu, as written, 0.778, 0.889, 0.500, 0.000
            gaborone, gaborone, as written, 0.667, 0.889, 0.583, 0.000
            chisinau, chisinau, as written, 0.667, 0.833, 0.667, 0.056
            kathmandu, kathmandu, as written, 0.500, 0.667, 0.500, 0.111
            ljubljana, ljubljana, as written, 0.333, 0.778, 0.900, 0.167
            paramaribo, paramaribo, as written, 0.667, 0.889, 0.700, 0.111
            antananarivo, antananarivo, as written, 0.556, 0.778, 0.500, 0.111
            bratislava, bratislava, as written, 0.722, 0.889, 0.800, 0.056
            nouakchott, nouakchott, as written, 0.667, 0.778, 0.500, 0.056
            bamako, bamako, as written, 0.778, 0.778, 0.800, 0.111
            freetown, freetown, as written, 0.778, 0.944, 0.500, 0.000
            honiara, honiara, as written, 0.722, 0.722, 0.800, 0.167
            kingston, kingston, as written, 0.611, 0.778, 0.600, 0.000
            malabo, malabo, as written, 0.667, 0.778, 0.400, 0.056
            nuuk, nuuk, as written, 0.722, 0.833, 0.700, 0.111
            asmara, asmara, as written, 0.556, 0.889, 0.600, 0.000
            banjul, banjul, as written, 0.722, 0.833, 0.600, 0.111
            canberra, canberra, as written, 0.778, 0.833, 0.700, 0.000
            dushanbe, dushanbe, as written, 0.500, 0.778, 0.400, 0.000
            luanda, luanda, as written, 0.611, 0.722, 0.400, 0.056
            niamey, niamey, as written, 0.611, 0.778, 0.600, 0.056
            riyadh, riyadh-unseen, as written, 0.833, 0.867, 0.706, 0.100
            anchorage, anchorage, as written, 0.357, 0.643, 0.533, 0.143
            kinshasa, kinshasa, as written, 0.714, 0.857, 0.600, 0.107
            oman, oman, as written, 0.536, 0.679, 0.467, 0.107
            riyadh-wire, riyadh-wire, as written, 0.643, 0.821, 0.533, 0.071
            busan, busan, as written, 0.714, 0.786, 0.400, 0.036
            caucasus, caucasus, as written, 0.714, 0.821, 0.600, 0.071
            geneva-trade, geneva-trade, as written, 0.643, 0.750, 0.600, 0.107
            putrajaya, putrajaya, as written, 0.607, 0.786, 0.600, 0.071
            sharm, sharm, as written, 0.750, 0.893, 0.467, 0.071
            woodside, woodside, as written, 0.643, 0.821, 0.267, 0.107
            sindoor, sindoor, as written, 0.571, 0.714, 0.667, 0.214
            dolmabahce, dolmabahce, as written, 0.750, 0.893, 0.867, 0.036
            qatar, qatar, as written, 0.643, 0.786, 0.533, 0.143
            argyle, argyle, as written, 0.750, 0.857, 0.400, 0.036
            ankara, ankara, as written, 0.821, 0.929, 0.733, 0.000
            singapore, singapore, as written, 0.536, 0.679, 0.667, 0.179
            helsinki, helsinki, as written, 0.607, 0.821, 0.467, 0.071
            taliban, taliban, as written, 0.786, 1.000, 0.600, 0.000
            prespa, prespa, as written, 0.714, 0.821, 0.533, 0.071
            villa, villa, as written, 0.750, 0.857, 0.667, 0.000
            minsk, minsk, as written, 0.643, 0.857, 0.467, 0.107
            jcpoa, jcpoa, as written, 0.786, 0.857, 0.600, 0.071
            abraham, abraham, as written, 0.643, 0.750, 0.333, 0.107
            goodfriday, goodfriday, as written, 0.750, 0.821, 0.267, 0.107
            metropole, metropole, as written, 0.643, 0.750, 0.600, 0.107
            dayton, dayton, as written, 0.786, 0.929, 0.733, 0.000
            havana, havana, as written, 0.750, 0.857, 0.400, 0.036
            beijing, beijing, as written, 0.786, 0.893, 0.667, 0.036
            pretoria, pretoria, as written, 0.714, 0.786, 0.667, 0.107
            ohrid, ohrid, as written, 0.786, 0.821, 0.467, 0.000
            belfast, belfast, as written, 0.714, 0.857, 0.600, 0.071
            tashkent, tashkent, as written, 0.750, 0.821, 0.533, 0.143
            lancaster, lancaster, as written, 0.893, 0.964, 0.667, 0.036
            algiers, algiers, as written, 0.750, 0.893, 0.533, 0.000
            sentosa, sentosa, as written, 0.821, 0.857, 0.533, 0.036
            thurmont, thurmont, as written, 0.679, 0.821, 0.467, 0.143
            simla, simla, as written, 0.536, 0.750, 0.533, 0.107
            evian, evian, as written, 0.786, 0.893, 0.733, 0.071
            hofdi, hofdi, as written, 0.536, 0.607, 0.667, 0.179
            kleber, kleber, as written, 0.786, 0.893, 0.600, 0.036
            livadia, livadia, as written, 0.893, 0.893, 0.333, 0.071
            taif, taif, as written, 0.643, 0.714, 0.400, 0.179
            chapultepec, chapultepec, as written, 0.821, 0.893, 0.533, 0.071
            lahore, lahore, as written, 0.714, 0.857, 0.467, 0.107
            juba, juba, as written, 0.714, 0.821, 0.467, 0.143
            portsmouth, portsmouth, as written, 0.750, 0.750, 0.400, 0.071
            karachi, karachi, as written, 0.643, 0.786, 0.333, 0.071
            montreal, montreal, as written, 0.679, 0.821, 0.467, 0.107
            pyongyang, pyongyang, as written, 0.750, 0.786, 0.600, 0.179
            moscow, moscow, as written, 0.750, 0.821, 0.533, 0.036
            riyadh, riyadh-extra, lower case, 0.889, 0.889, 0.824, 0.111
            jeddah, jeddah, lower case, 0.765, 0.824, 0.778, 0.059
            geneva, geneva, lower case, 0.667, 0.800, 0.727, 0.067
            oslo, oslo, lower case, 0.444, 0.722, 0.500, 0.056
            canberra, canberra, lower case, 0.778, 0.833, 0.700, 0.000
            niamey, niamey, lower case, 0.667, 0.778, 0.700, 0.056
            riyadh, riyadh-extra, name slip, 0.889, 0.889, 0.824, 0.111
            jeddah, jeddah, name slip, 0.765, 0.824, 0.778, 0.059
            istanbul, istanbul, name slip, 0.667, 0.867, 0.727, 0.067
            lusaka, lusaka, name slip, 0.556, 0.833, 0.500, 0.000
            canberra, canberra, name slip, 0.778, 0.833, 0.700, 0.000
            niamey, niamey, name slip, 0.611, 0.778, 0.600, 0.056
            """;

    /**
     * {@code question} with a typing slip in its longest name (a word of five letters or more capitalised past the
     * first word): its second and third letters swapped, or third and fourth where those two are the same ("Lavrov" as
     * "Lvarov"). Unchanged without such a name.
     */
    @Test
    void aNameSlipSwapsTwoLettersOfTheLongestName() {
        assertEquals("What did Lvarov say to Rubio?", withNameSlip("What did Lavrov say to Rubio?"));
        assertEquals("Did Ukraine's Zleenskyy attend?", withNameSlip("Did Ukraine's Zelenskyy attend?"));
        assertEquals("Riyadh hosted whom?", withNameSlip("Riyadh hosted whom?"));
    }

    private static final Pattern NAME = Pattern.compile("(?<=\\s)\\p{Lu}\\p{L}{4,}");

    static String withNameSlip(String question) {
        Matcher words = NAME.matcher(question);
        int from = -1, to = -1;
        while (words.find()) {
            if (words.end() - words.start() > to - from) {
                from = words.start();
                to = words.end();
            }
        }
        if (from < 0) return question;
        char[] text = question.toCharArray();
        int at = text[from + 1] != text[from + 2] ? from + 1 : from + 2;
        char swapped = text[at];
        text[at] = text[at + 1];
        text[at + 1] = swapped;
        return new String(text);
    }

    /**
     * Pins hit@1, hit@3, abstain and false abstain of each set within {@link #TOLERANCE} of the figures the shipped
     * model measured (README, "Measured"): a change that moves any of them, up or down, must update the README too.
     * These are in-sample for the shipped model; the leave-one-article-out figures come from {@code parley train}.
     */
    @ParameterizedTest
    @CsvSource(textBlock = PINS)
    void scoresOnHeldOutQuestions(
            String corpus,
            String questions,
            String typing,
            double hit1,
            double hit3,
            double abstain,
            double falseAbstain)
            throws IOException {
        assertTrue(List.of("as written", "lower case", "name slip").contains(typing), typing);
        UnaryOperator<String> typed = switch (typing) {
            case "lower case" -> q -> q.toLowerCase(Locale.ROOT);
            case "name slip" -> GeneralisationTest::withNameSlip;
            default -> q -> q;
        };
        ObjectMapper json = new ObjectMapper();
        int answerable = 0, hits1 = 0, hits3 = 0, unanswerable = 0, abstained = 0, refused = 0, retyped = 0;
        List<String> misses = new ArrayList<>();
        try (AnswerEngine engine = Engines.open(corpus)) {
            for (String line : Files.readAllLines(Path.of("src/test/resources/eval", questions + "-questions.jsonl"))) {
                if (line.isBlank()) continue;
                JsonNode q = json.readTree(line);
                String asked = typed.apply(q.get("q").asText());
                if (!asked.equals(q.get("q").asText())) retyped++;
                Answer a = engine.ask(asked);
                List<String> gold = new ArrayList<>();
                q.get("gold").forEach(g -> gold.add(norm(g.asText())));
                if (gold.isEmpty()) {
                    unanswerable++;
                    if (!a.answered() && a.citations().isEmpty()) abstained++;
                    else misses.add("answered: " + q.get("q").asText());
                    continue;
                }
                answerable++;
                if (!a.answered()) refused++;
                List<Integer> ranks = new ArrayList<>();
                for (int i = 0; i < Math.min(3, a.citations().size()); i++) {
                    String quote = norm(a.citations().get(i).quote());
                    if (gold.stream().anyMatch(quote::contains)) ranks.add(i);
                }
                if (!ranks.isEmpty() && ranks.get(0) == 0) hits1++;
                if (!ranks.isEmpty()) hits3++;
                else misses.add("missed: " + q.get("q").asText());
            }
        }
        assertTrue(answerable > 0 && unanswerable > 0, "a set needs both kinds of question");
        int total = answerable + unanswerable, changed = retyped;
        assertTrue(
                typing.equals("as written") || 4 * changed >= total,
                () -> questions + ": a quarter of the questions or more are typed differently, not " + changed + " of "
                        + total);
        double h1 = (double) hits1 / answerable,
                h3 = (double) hits3 / answerable,
                ab = (double) abstained / unanswerable,
                fa = (double) refused / answerable;
        String measured = String.format(
                Locale.ROOT,
                "%s (%s): hit@1 %.3f hit@3 %.3f abstain %.3f false abstain %.3f %s",
                corpus,
                typing,
                h1,
                h3,
                ab,
                fa,
                misses);
        assertEquals(hit1, h1, TOLERANCE, measured);
        assertEquals(hit3, h3, TOLERANCE, measured);
        assertEquals(abstain, ab, TOLERANCE, measured);
        assertEquals(falseAbstain, fa, TOLERANCE, measured);
    }

    /**
     * The questions behind /participants, /outcomes, /objections and their everyday wordings, on every article; the
     * objection questions where the facts read an objection (an article may report none).
     */
    @ParameterizedTest
    @MethodSource("facetFixtures")
    void facetListQuestionsAreAnsweredOnEveryArticle(String corpus) throws IOException {
        try (AnswerEngine engine = Engines.open(corpus)) {
            List<String> questions = new ArrayList<>(List.of(
                    "Who took part in the talks?",
                    "Who attended the talks?",
                    "What were the outcomes?",
                    "What was agreed?",
                    "What are the next steps?"));
            if (!engine.facts().objections().isEmpty()) questions.addAll(OBJECTION_QUESTIONS);
            for (String q : questions) {
                Answer a = engine.ask(q);
                assertTrue(
                        a.answered() && !a.citations().isEmpty(),
                        () -> corpus + ": " + q + " -> " + AnswerText.lead(a));
            }
        }
    }

    private static final List<String> OBJECTION_QUESTIONS = List.of("Who objected?", "Who was against it?");

    /** Geneva's tariff truce reports praise and no objection: asked who objected, Parley quotes no praise. */
    @Test
    void anArticleThatReportsNoObjectionAnswersNoObjectionQuestion() throws IOException {
        try (AnswerEngine engine = Engines.open("geneva-trade")) {
            assertTrue(engine.facts().objections().isEmpty(), "the fixture reports no objection");
            for (String q : OBJECTION_QUESTIONS) {
                Answer a = engine.ask(q);
                assertFalse(a.answered(), () -> q + " -> " + AnswerText.lead(a));
            }
        }
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** Every news fixture but velmora (facts only). */
    static java.util.stream.Stream<String> facetFixtures() {
        return Engines.newsFixtures().filter(f -> !f.equals("velmora"));
    }
}
