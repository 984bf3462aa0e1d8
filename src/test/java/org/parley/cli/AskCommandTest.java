package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The `ask` contract end to end: real corpus, real index, the command line as users and qa-eval run it. */
class AskCommandTest {

    record Run(int status, String out) {}

    /** Runs the command line with {@code stdin} as standard input; what it printed, and its exit status. */
    static Run run(String stdin, String... args) {
        return run(name -> null, stdin, args);
    }

    /** The same with the environment {@code env} (settings overrides such as PARLEY_STORE_DIR). */
    static Run run(java.util.function.Function<String, String> env, String stdin, String... args) {
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            int status = Main.commandLine(env).execute(args);
            return new Run(status, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(new ObjectMapper().readTree(line));
        return nodes;
    }

    @Test
    void jsonModeWritesOneObjectPerLineEvenForEmptyAndHostileLines() throws Exception {
        String questions = String.join(
                        "\n",
                        "Who led the American team?",
                        "",
                        "title:(AND OR \" * ~",
                        "\u0000\u200B",
                        "x".repeat(100_000),
                        "What is the boiling point of ethanol?")
                + "\n";
        Run r = run(questions, "ask", "--json", "--corpus", "src/test/resources/corpus/jeddah");
        assertEquals(0, r.status());
        List<JsonNode> answers = lines(r.out());
        assertEquals(6, answers.size(), r.out());
        JsonNode first = answers.get(0);
        for (String field : List.of("question", "answered", "answer", "citations", "tookMs")) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("answered").asBoolean());
        assertFalse(first.get("hedged").asBoolean(), first.toString());
        JsonNode citation = first.get("citations").get(0);
        assertTrue(citation.get("quote").asText().contains("Marco Rubio"), citation.toString());
        for (String field : List.of("quote", "document", "section", "paragraph", "score")) {
            assertTrue(citation.has(field), field);
        }
        assertEquals("us-ukraine-jeddah-talks", citation.get("document").asText());
        assertFalse(answers.get(1).get("answered").asBoolean());
        assertTrue(answers.get(1).get("answer").asText().startsWith("Ask me something"));
        JsonNode unrelated = answers.get(5);
        assertFalse(unrelated.get("answered").asBoolean());
        assertEquals(0, unrelated.get("citations").size());
    }

    @Test
    void aReplyShownOnlyAsTheClosestPassagesIsMarkedHedged() throws Exception {
        Run r = run(
                "What is the capital of France?\n", "ask", "--json", "--corpus", "src/test/resources/corpus/jeddah");
        JsonNode reply = lines(r.out()).get(0);
        assertTrue(reply.get("answered").asBoolean(), reply.toString());
        assertTrue(reply.get("hedged").asBoolean(), reply.toString());
        assertTrue(reply.get("answer").asText().startsWith("This may not answer your question"), reply.toString());
        assertTrue(reply.get("confidence").asDouble() < 0.5, reply.toString());
    }

    @Test
    void aLoneCarriageReturnDoesNotSplitAQuestionInTwo() throws Exception {
        Run r = run(
                "Who led the\rAmerican team?\r\nWhat is the boiling point of ethanol?\n",
                "ask",
                "--json",
                "--corpus",
                "src/test/resources/corpus/jeddah");
        List<JsonNode> answers = lines(r.out());
        assertEquals(2, answers.size(), r.out());
        assertEquals(
                "Who led the American team?", answers.get(0).get("question").asText());
        assertTrue(answers.get(0).get("answered").asBoolean(), r.out());
        assertFalse(answers.get(1).get("answered").asBoolean(), r.out());
    }

    @Test
    void plainAskFromStandardInputShowsEachQuestionBeforeItsReply() {
        Run r = run(
                "Where were the talks held?\nWho led the talks?\n",
                "ask",
                "--corpus",
                "src/test/resources/corpus/harbor");
        assertEquals(0, r.status());
        int first = r.out().indexOf("Q: Where were the talks held?\n");
        int second = r.out().indexOf("Q: Who led the talks?\n");
        assertTrue(first == 0 && second > first, r.out());
    }

    @Test
    void aHugeQuestionIsShownCutAsItIsRead() {
        Run r = run(
                "Where were the talks held " + "x ".repeat(50_000) + "\n",
                "ask",
                "--corpus",
                "src/test/resources/corpus/harbor");
        assertEquals(0, r.status());
        String shown = r.out().lines().findFirst().orElseThrow();
        assertTrue(shown.startsWith("Q: Where were the talks held x x") && shown.endsWith(" \u2026"), shown);
        assertTrue(shown.length() < 1_000, "cut at engine.maxQuestionChars: " + shown.length());
    }

    @Test
    void plainAskPrintsTheReplyAsAPersonReadsIt() {
        Run r = run("", "ask", "--corpus", "src/test/resources/corpus/harbor", "Where were the talks held?");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Geneva"), r.out());
        assertTrue(r.out().contains("paragraph"), r.out());
    }

    @Test
    void aMissingCorpusIsExplainedNotThrown() {
        String said = errorOf("no/such/folder");
        assertTrue(said.contains("No corpus folder"), said);
        // An article's own file given for the folder: say so, and which folder to give.
        said = errorOf("src/test/resources/corpus/harbor/" + firstFile("src/test/resources/corpus/harbor"));
        assertTrue(said.contains("is a file, and --corpus takes the folder of articles"), said);
        assertTrue(said.contains("src/test/resources/corpus/harbor."), said);
    }

    private static String errorOf(String corpus) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Run r = run("", "ask", "--corpus", corpus, "Who met?");
            assertEquals(1, r.status());
        } finally {
            System.setErr(err);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String firstFile(String folder) {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
            return files.map(p -> p.getFileName().toString())
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** `ask --json < questions | head -1`: once the reader is gone, the rest is not answered for nobody. */
    @Test
    void aClosedOutputStopsTheAnswersAfterTheLineThatFoundItClosed() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.io.OutputStream closedPipe = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                attempts.incrementAndGet();
                throw new java.io.IOException("Broken pipe");
            }
        };
        InputStream in = System.in;
        PrintStream out = System.out;
        try {
            System.setIn(new ByteArrayInputStream("Who met?\n".repeat(50).getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(closedPipe, true, StandardCharsets.UTF_8));
            int status = Main.commandLine(name -> null)
                    .execute("ask", "--json", "--corpus", "src/test/resources/corpus/jeddah");
            assertEquals(0, status);
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertTrue(attempts.get() > 0, "it tried to write");
        assertTrue(attempts.get() <= 3, "one answer's writes, not fifty: " + attempts.get());
    }
}
