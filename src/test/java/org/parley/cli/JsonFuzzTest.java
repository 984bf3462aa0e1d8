package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.parley.answer.Answer;
import org.parley.answer.AnswerChecks;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.HostileText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * {@code ask --json} and the console's markdown over hostile questions and the hostile article: one JSON object a
 * line, always, with the answer's text and quotes exactly as the engine gave them.
 */
class JsonFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AnswerEngine riyadh;
    private static AnswerEngine hostile;

    @BeforeContainer
    static void open() {
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
    }

    @AfterContainer
    static void close() throws IOException {
        riyadh.close();
        hostile.close();
    }

    @Provide
    Arbitrary<String> questions() {
        return HostileText.text();
    }

    @Property(tries = 200)
    void everyAnswerIsOneJsonLineThatReadsBackExactly(@ForAll("questions") String question, @ForAll boolean overHostileArticle)
            throws IOException {
        AnswerEngine engine = overHostileArticle ? hostile : riyadh;
        Answer a = engine.ask(question);
        String line = Json.answer(a);

        AnswerChecks.assertHonest(engine, a);
        assertFalse(line.contains("\n") || line.contains("\r"), line);
        JsonNode o = JSON.readTree(line);
        assertEquals(a.question(), o.get("question").asText());
        assertEquals(a.answered(), o.get("answered").asBoolean());
        assertEquals(a.markdown(), o.get("answer").asText());
        double confidence = o.get("confidence").asDouble();
        assertTrue(confidence >= 0 && confidence <= 1, line);
        assertEquals(a.citations().size(), o.get("citations").size());
        for (int i = 0; i < a.citations().size(); i++) {
            assertEquals(a.citations().get(i).quote(), o.get("citations").get(i).get("quote").asText());
            assertEquals(a.citations().get(i).title(), o.get("citations").get(i).get("title").asText());
        }
    }

    @Property(tries = 100)
    void aFailureLineIsJsonToo(@ForAll("questions") String question, @ForAll("questions") String message) throws IOException {
        String line = Json.failure(question, message, "E-1", 3);

        assertFalse(line.contains("\n") || line.contains("\r"), line);
        JsonNode o = JSON.readTree(line);
        assertEquals(HostileText.wellFormed(question), HostileText.wellFormed(o.get("question").asText()));
        assertFalse(o.get("answered").asBoolean());
        assertEquals(0, o.get("citations").size());
    }

    @Provide
    Arbitrary<List<String>> stdin() {
        // One question a line: stdin's own line breaks separate questions, so a question holds none.
        return HostileText.text().map(q -> q.replace('\n', ' ').replace('\r', ' ')).list().ofMinSize(1).ofMaxSize(15);
    }

    /** The command line end to end: as many JSON lines out as questions in, whatever the questions. */
    @Property(tries = 2)
    void askJsonAnswersEveryLineOfStdin(@ForAll("stdin") List<String> questions) throws IOException {
        AskCommandTest.Run run = AskCommandTest.run(String.join("\n", questions) + "\n", "ask", "--json", "--corpus",
                "src/test/resources/corpus/hostile");
        assertEquals(0, run.status());
        String out = run.out();

        List<String> lines = out.lines().toList();
        assertEquals(questions.size(), lines.size(), out);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = JSON.readTree(lines.get(i));
            assertEquals(CleanQuestion.of(questions.get(i), Engines.settings("hostile", false).maxQuestionChars()).text(),
                    o.get("question").asText());
            assertFalse(o.has("error"), lines.get(i));
        }
    }
}
