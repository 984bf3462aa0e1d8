package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.Engines;

/** The console chat takes what its /help shows, Discord's spelling included, and records only real questions. */
class ChatCommandTest {

    @Test
    void discordSpellingBareWordsAndOptionsTheConsoleCannotUse() {
        assertEquals(
                "/ask Who led the American team?",
                ChatCommand.consoleCommand("/ask question:Who led the American team?"));
        assertEquals("/ask Who led it?", ChatCommand.consoleCommand("  /ASK   Who led it? "));
        assertEquals("/ask", ChatCommand.consoleCommand("/ask question:"));
        assertEquals("/summary", ChatCommand.consoleCommand("/summary pin:True"));
        assertEquals("/session start", ChatCommand.consoleCommand("/session action:start"));
        assertEquals("/session start", ChatCommand.consoleCommand("/session  start"));
        assertEquals("/help", ChatCommand.consoleCommand("Help"));
        assertEquals("/quit", ChatCommand.consoleCommand("quit"));
        assertEquals("who led it?", ChatCommand.consoleCommand("Who led it?"));
    }

    @Test
    void aChatAnswersTheHelpsSpellingAndLeavesBlankLinesOutOfTheStats(@TempDir Path store) {
        String lines = String.join(
                "\n",
                "",
                "help",
                "/ask question:Who led the American team?",
                "   ",
                "/summary pin:True",
                "/stats",
                "quit",
                "What did Rubio say?");
        String out = chat(lines, store);
        assertTrue(out.contains("/ask question:\u2026"), "help shown: " + out);
        assertTrue(out.contains("Marco Rubio"), "the /ask was answered: " + out);
        assertFalse(out.contains("I don't know that command"), out);
        assertTrue(out.contains("**1** asked \u00B7 **1** answered"), "one question in the stats: " + out);
        assertFalse(out.contains("\u2022  ("), "no empty question in the stats: " + out);
    }

    @Test
    void aGreetingAndThanksGetAWordBackAndAreNoQuestionsInTheStats(@TempDir Path store) {
        String out = chat(String.join("\n", "hi!", "Who led the American team?", "thanks parley", "/stats"), store);
        assertTrue(out.contains("Hello! Ask me about the talks"), out);
        assertTrue(out.contains("You're welcome!"), out);
        assertFalse(out.contains("I couldn't find that"), "small talk is not refused: " + out);
        assertTrue(out.contains("**1** asked \u00B7 **1** answered"), "only the question counts: " + out);
    }

    @Test
    void aQuizInTheConsoleIsPrintedWithItsAnswerKeyAndABadLengthIsExplained(@TempDir Path store) {
        String out = chat(String.join("\n", "/quiz questions:2", "/quiz 40", "/quiz"), store);
        assertTrue(out.contains("2 questions (seed "), out);
        String first = out.substring(out.indexOf("2 questions (seed "), out.indexOf("Use /quiz"));
        assertTrue(first.contains("\n1. ") && first.contains("\n2. ") && !first.contains("\n3. "), first);
        assertTrue(
                out.contains("\nAnswer key\n1. ") && out.contains("   Source: \u201C"), "answers and quotes: " + out);
        assertTrue(out.contains("Use /quiz or /quiz questions:N, with N from 1 to 10."), out);
        assertTrue(out.contains("5 questions (seed "), "the default length: " + out);
        assertFalse(out.contains("I don't know that command"), out);
    }

    @Test
    void aQuizAnswerTypedInTheConsoleIsNoRefusedQuestion(@TempDir Path store) {
        String out = chat(String.join("\n", "/quiz questions:2", "B", "c)", "/stats"), store);
        assertTrue(
                out.contains("The console quiz has no buttons: its answer key is printed under the questions."), out);
        assertFalse(out.contains("I couldn't find that"), out);
        assertTrue(out.contains("**0** asked"), "no question recorded: " + out);
    }

    @Test
    void aSummaryOfOneArticleOfSeveral(@TempDir Path store, @TempDir Path corpus) throws Exception {
        Engines.copyFixtures(corpus, "riyadh", "istanbul");
        Map<String, String> env = Map.of("PARLEY_STORE_DIR", store.toString());
        AskCommandTest.Run r = AskCommandTest.run(
                env::get,
                String.join("\n", "/summary", "/summary article:Istanbul", "/summary article:nowhere"),
                "chat",
                "--corpus",
                corpus.toString());
        assertEquals(0, r.status());
        String out = r.out();
        assertTrue(out.contains("From 2 articles, read together as one meeting"), out);
        String istanbul = out.substring(out.indexOf("**Summary: Russia ukraine istanbul talks**"));
        assertTrue(istanbul.contains("Medinsky"), istanbul);
        assertFalse(
                istanbul.substring(0, istanbul.indexOf("No article matches")).contains("Rubio"), istanbul);
        assertTrue(out.contains("No article matches \u201Cnowhere\u201D"), out);
    }

    @Test
    void statsExportsACsvAndASessionWithoutAnActionIsExplained(@TempDir Path store) throws IOException {
        String out = chat(
                String.join(
                        "\n",
                        "Who led the American team?",
                        "/stats days:30 export:True",
                        "/stats days:abc",
                        "/session",
                        "/session action:pause"),
                store);
        Matcher written = Pattern.compile("Every question of the period is in (\\S+\\.csv)")
                .matcher(out);
        assertTrue(written.find(), out);
        String csv = Files.readString(Path.of(written.group(1)));
        assertTrue(csv.lines().count() >= 2 && csv.contains("Who led the American team?"), csv);
        assertTrue(out.contains("Use /stats, /stats days:30, or /stats days:30 export:True"), out);
        assertEquals(2, out.split("Use /session start to begin", -1).length - 1, out);
        assertFalse(out.contains("I don't know that command"), out);
    }

    @Test
    void askingForASummaryInTheConsoleShowsIt(@TempDir Path store) {
        String out = chat(String.join("\n", "give me a summary", "/stats"), store);
        assertTrue(out.contains("**Where:**"), out);
        assertFalse(out.contains("I couldn't find that"), out);
        assertTrue(out.contains("**0** asked"), "a request for the summary is no question: " + out);
    }

    private static String chat(String stdin, Path store) {
        Map<String, String> env = Map.of("PARLEY_STORE_DIR", store.toString());
        AskCommandTest.Run r =
                AskCommandTest.run(env::get, stdin, "chat", "--corpus", "src/test/resources/corpus/jeddah");
        assertEquals(0, r.status());
        return r.out();
    }
}
