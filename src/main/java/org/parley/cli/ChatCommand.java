package org.parley.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.time.Clock;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.StandardQuestions;
import org.parley.answer.Markdown;
import org.parley.corpus.Article;
import org.parley.facts.CastWriter;
import org.parley.facts.SummaryWriter;
import org.parley.store.Database;
import org.parley.store.QaSessions;
import org.parley.ui.CommandCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The console chat: type a question, get the reply exactly as the bot would post it. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Ask questions in the console, as in Discord.")
final class ChatCommand implements Callable<Integer> {

    /** The console is one channel as far as Q&A sessions go. */
    private static final String CONSOLE = "console";

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    ChatCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database store = launcher.openStore(); AnswerEngine engine = launcher.engine(corpus.get())) {
            QaSessions sessions = new QaSessions(store, Clock.systemUTC());
            out.println("Parley \u2014 ask about: " + engine.sources().stream().map(Article::title)
                    .reduce((a, b) -> a + "; " + b).orElse(""));
            out.println("Type a question, or /help for commands, /quit to leave.");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (true) {
                out.print("\n> ");
                out.flush();
                String line = in.readLine();
                if (line == null) break;
                // The help shows Discord's spelling (/session action:start); the console also takes /session start.
                String command = line.strip().toLowerCase(Locale.ROOT).replace("action:", "");
                if (command.equals("/quit") || command.equals("/exit")) break;
                out.println();
                try {
                    out.println(reply(engine, sessions, command, line));
                } catch (RuntimeException e) {
                    out.println(Failure.logged(org.slf4j.LoggerFactory.getLogger(ChatCommand.class), e).message()
                            + " Try another question.");
                }
            }
        }
        return 0;
    }

    private static String reply(AnswerEngine engine, QaSessions sessions, String command, String line) {
        return switch (command) {
                    case "/help" -> help();
                    case "/sources" -> Sources.markdown(engine.sources());
                    case "/summary" -> new SummaryWriter(Markdown::escape).markdown(engine.facts());
                    case "/participants" -> new CastWriter(Markdown::escape).markdown(engine.facts());
                    case "/outcomes" -> engine.ask(StandardQuestions.OUTCOMES).markdown();
                    case "/objections" -> engine.ask(StandardQuestions.OBJECTIONS).markdown();
                    case "/session start" -> sessions.start(CONSOLE, "console")
                            ? "Q&A session started: I'll keep track of every question until /session end."
                            : "A session is already running; /session end closes it.";
                    case "/session end" -> sessions.end(CONSOLE).map(d -> d.markdown(Markdown::escape))
                            .orElse("No session is running; /session start begins one.");
                    default -> {
                        if (command.startsWith("/")) yield "I don't know that command. " + help();
                        Answer answer = engine.ask(line);
                        sessions.record(CONSOLE, answer);
                        yield answer.markdown();
                    }
                };
    }

    /** Written from the same catalogue as Discord's /help, so the two never disagree. */
    static String help() {
        return "Ask any question about the talks, or use:\n" + String.join("\n", CommandCatalog.helpLines(true, u -> u))
                + "\n/quit \u2014 leave.";
    }
}
