package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.answer.Answer;
import org.parley.answer.AnswerChecks;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.Fuzz;
import org.parley.answer.HostileText;
import org.parley.ui.AnswerText;
import org.quicktheories.core.Gen;

/**
 * {@code ask --json} and the console's markdown over hostile questions and the hostile article: one JSON object a
 * line, always, with the answer's text and quotes exactly as the engine gave them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one engine a corpus for every property, in fields
class JsonFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private AnswerEngine riyadh;
    private AnswerEngine hostile;

    @BeforeAll
    void open() {
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
    }

    @AfterAll
    void close() throws IOException {
        riyadh.close();
        hostile.close();
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }

    @Test
    void everyAnswerIsOneJsonLineThatReadsBackExactly() {
        Fuzz.seeded()
                .qt(200)
                .forAll(HostileText.text(), booleans().all())
                .checkAssert((question, overHostileArticle) -> {
                    AnswerEngine engine = overHostileArticle ? hostile : riyadh;
                    Answer a = engine.ask(question);
                    String line = Json.answer(a);

                    AnswerChecks.assertHonest(engine, a);
                    assertFalse(line.contains("\n") || line.contains("\r"), line);
                    JsonNode o = read(line);
                    assertEquals(a.question(), o.get("question").asText());
                    assertEquals(a.answered(), o.get("answered").asBoolean());
                    assertEquals(AnswerText.markdown(a), o.get("answer").asText());
                    double confidence = o.get("confidence").asDouble();
                    assertTrue(confidence >= 0 && confidence <= 1, line);
                    assertEquals(a.citations().size(), o.get("citations").size());
                    for (int i = 0; i < a.citations().size(); i++) {
                        assertEquals(
                                a.citations().get(i).quote(),
                                o.get("citations").get(i).get("quote").asText());
                        assertEquals(
                                a.citations().get(i).title(),
                                o.get("citations").get(i).get("title").asText());
                    }
                });
    }

    @Test
    void aFailureLineIsJsonToo() {
        Fuzz.seeded().qt(100).forAll(HostileText.text(), HostileText.text()).checkAssert((question, message) -> {
            String line = Json.failure(question, message, "E-1", 3);

            assertFalse(line.contains("\n") || line.contains("\r"), line);
            JsonNode o = read(line);
            assertEquals(
                    HostileText.wellFormed(question),
                    HostileText.wellFormed(o.get("question").asText()));
            assertFalse(o.get("answered").asBoolean());
            assertEquals(0, o.get("citations").size());
        });
    }

    private static Gen<List<String>> stdin() {
        // One question a line: a line feed separates questions, so a question holds none (a lone carriage return it
        // may).
        return lists().of(HostileText.text().map(q -> q.replace('\n', ' '))).ofSizeBetween(1, 15);
    }

    /** The command line end to end: as many JSON lines out as questions in, whatever the questions. */
    @Test
    void askJsonAnswersEveryLineOfStdin() {
        Fuzz.seeded().qt(2).forAll(stdin()).checkAssert(questions -> {
            AskCommandTest.Run run = AskCommandTest.run(
                    String.join("\n", questions) + "\n",
                    "ask",
                    "--json",
                    "--corpus",
                    "src/test/resources/corpus/hostile");
            assertEquals(0, run.status());
            String out = run.out();

            List<String> lines = out.lines().toList();
            assertEquals(questions.size(), lines.size(), out);
            for (int i = 0; i < lines.size(); i++) {
                JsonNode o = read(lines.get(i));
                assertEquals(
                        CleanQuestion.of(
                                        questions.get(i),
                                        Engines.settings("hostile", false).maxQuestionChars())
                                .text(),
                        o.get("question").asText());
                assertFalse(o.has("error"), lines.get(i));
            }
        });
    }
}
