package org.parley.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.ui.AnswerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** ask "question" prints the reply; ask --json reads questions from stdin and writes one JSON line each. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = "Answer a question, or (with no question) every line of standard input.")
final class AskCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(AskCommand.class);

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @Option(names = "--json", description = "One JSON object per answer, one per line.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (quote it). Omit to read stdin.")
    List<String> words;

    private final Launcher launcher;

    AskCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (AnswerEngine engine = launcher.engine(corpus.get())) {
            if (words != null && !words.isEmpty()) {
                emit(engine, String.join(" ", words), out);
                return 0;
            }
            // Many questions: answer them at a warmed process's speed, not the JIT's first tier's.
            Duration budget = Duration.ofMillis(launcher.config().engine().warmUpMs());
            long started = System.nanoTime();
            int asked = engine.warmUp(budget);
            log.debug("Warmed up on {} questions in {} ms", asked, (System.nanoTime() - started) / 1_000_000);
            StdinLines in =
                    new StdinLines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
            for (String line; (line = in.next()) != null; ) {
                // Many questions in one run: a person reading the replies needs to see which question each answers.
                // As the engine reads it: a question over engine.maxQuestionChars is shown cut, as it is answered.
                if (!json) {
                    CleanQuestion shown =
                            CleanQuestion.of(line, launcher.config().engine().maxQuestionChars());
                    out.println("Q: " + shown.text() + (shown.truncated() ? " \u2026" : "") + "\n");
                }
                emit(engine, line, out);
                if (out.checkError()) break; // the reader went away (`| head -1`): nobody reads the rest
            }
        }
        return 0;
    }

    private void emit(AnswerEngine engine, String question, PrintStream out) {
        long started = System.nanoTime();
        try {
            Answer a = engine.ask(question);
            out.println(json ? Json.answer(a) : AnswerText.markdown(a) + "\n");
        } catch (RuntimeException e) {
            Failure f = Failure.logged(log, e);
            out.println(
                    json
                            ? Json.failure(question, f.message(), f.id(), (System.nanoTime() - started) / 1_000_000)
                            : f.message());
        }
        out.flush();
    }
}
