package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `parley quiz` as a person runs it: numbered questions, choices A–D, the answer and its source. */
class QuizCommandTest {

    private static String run(String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.commandLine(name -> null).execute(args));
            return buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void printsEachQuestionWithFourChoicesThenTheAnswerKeyWithCitations() {
        String out = run("quiz", "--corpus", "src/test/resources/corpus/riyadh", "--questions", "3", "--seed", "11");
        assertTrue(out.startsWith("3 questions (seed 11)"), out);
        int key = out.indexOf("\nAnswer key\n");
        assertTrue(key > 0, out);
        String questions = out.substring(0, key);
        for (String label : new String[] {"1. ", "2. ", "3. ", "   A) ", "   B) ", "   C) ", "   D) "}) {
            assertTrue(questions.contains("\n" + label), label + " missing in\n" + out);
        }
        assertFalse(questions.contains("Source:"), "no answer under its question: " + out);
        Matcher answers = Pattern.compile(
                        "\n([1-3])\\. ([A-D])\\) (.+)\n   Source: \u201C(.+)\u201D \u2014 US and Russia hold talks")
                .matcher(out.substring(key));
        int count = 0;
        while (answers.find()) {
            count++;
            // The key's answer is the question's choice of that letter.
            String choice = "   " + answers.group(2) + ") " + answers.group(3) + "\n";
            int at = questions.indexOf("\n" + answers.group(1) + ". ");
            int next = questions.indexOf("\n" + (Integer.parseInt(answers.group(1)) + 1) + ". ");
            assertTrue(
                    questions
                            .substring(at, next < 0 ? questions.length() : next)
                            .contains(choice),
                    choice + out);
        }
        assertEquals(3, count, out);
        assertEquals(
                out, run("quiz", "--corpus", "src/test/resources/corpus/riyadh", "--questions", "3", "--seed", "11"));
    }

    @Test
    void askingForMoreThanTheArticlesSupportSaysWhy() {
        String out = run("quiz", "--corpus", "src/test/resources/corpus/riyadh", "--questions", "500", "--seed", "11");
        Matcher head = Pattern.compile(
                        "^(\\d+) questions \\(seed 11\\)\n\\(500 asked for: the articles support only (\\d+),")
                .matcher(out);
        assertTrue(head.find(), out);
        assertEquals(head.group(1), head.group(2));
    }

    @Test
    void zeroQuestionsSaysSo() {
        String out = run("quiz", "--corpus", "src/test/resources/corpus/riyadh", "--questions", "0");
        assertTrue(out.contains("none asked for"), out);
    }
}
