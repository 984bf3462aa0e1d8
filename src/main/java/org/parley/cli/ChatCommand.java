package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.FollowUps;
import org.parley.answer.Lead;
import org.parley.answer.StandardQuestions;
import org.parley.corpus.Article;
import org.parley.facts.CastWriter;
import org.parley.facts.SummaryWriter;
import org.parley.quiz.QuizMaker;
import org.parley.quiz.QuizQuestion;
import org.parley.store.Database;
import org.parley.store.Digest;
import org.parley.store.StatsView;
import org.parley.store.Store;
import org.parley.ui.AnswerText;
import org.parley.ui.ArticleChoice;
import org.parley.ui.CommandCatalog;
import org.parley.ui.Markdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The console chat: type a question, get the reply exactly as the bot would post it. The chat is one conversation
 * (follow-ups like "what did he say about it?" work as in a Discord thread) and one channel for sessions and stats.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Ask questions in the console, as in Discord.")
final class ChatCommand implements Callable<Integer> {

    /** The console is one channel as far as Q&A sessions and stats go. */
    static final String CONSOLE = "console";
    /** As in a Discord thread: enough turns to resolve "he" and "it". */
    private static final int TURNS = 6;

    @Mixin
    CorpusOption corpus = new CorpusOption();

    private final Launcher launcher;

    ChatCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Database database = launcher.openStore();
                AnswerEngine engine = launcher.engine(corpus.get())) {
            Conversation chat = new Conversation(
                    engine,
                    Store.over(database, Clock.systemUTC()),
                    launcher.loader().resolve(launcher.config().store().dir()));
            out.println("Parley \u2014 ask about: "
                    + engine.sources().stream()
                            .map(Article::title)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
            out.println("Type a question, or /help for commands, /quit to leave.");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (true) {
                out.print("\n> ");
                out.flush();
                String line = in.readLine();
                if (line == null) break;
                if (line.isBlank()) continue; // an empty line asks nothing, so nothing is recorded as refused
                String command = consoleCommand(line);
                if (command.equals("/quit") || command.equals("/exit")) break;
                if (command.equals("/ask")) {
                    out.println("\nAsk what? For example: /ask question:Who took part in the talks?");
                    continue;
                }
                if (command.startsWith("/ask ")) {
                    line = command.substring("/ask ".length());
                    command = line.toLowerCase(Locale.ROOT);
                }
                out.println();
                try {
                    out.println(chat.reply(command, line));
                } catch (RuntimeException e) {
                    out.println(Failure.logged(org.slf4j.LoggerFactory.getLogger(ChatCommand.class), e)
                                    .message() + " Try another question.");
                }
            }
        }
        return 0;
    }

    /** A lone choice letter, as a quiz's answer is typed: "B", "c)", "answer D". */
    private static final Pattern QUIZ_ANSWER = Pattern.compile("(?i)(?:answer\\s*:?\\s*)?[a-d][).]?");

    /** One console conversation: its turns so far, and where it records questions and sessions. */
    static final class Conversation {
        private final AnswerEngine engine;
        private final Store store;
        private final Path dataDir;
        private final List<FollowUps.Exchange> earlier = new ArrayList<>();

        Conversation(AnswerEngine engine, Store store, Path dataDir) {
            this.engine = engine;
            this.store = store;
            this.dataDir = dataDir;
        }

        String reply(String command, String line) {
            return switch (command) {
                case "/help" -> help();
                case "/sources" -> Sources.markdown(engine.sources());
                case "/summary" -> new SummaryWriter(Markdown::escape).markdown(engine.facts()) + together();
                case "/participants" -> new CastWriter(Markdown::escape).markdown(engine.facts());
                case "/outcomes" -> AnswerText.markdown(engine.ask(StandardQuestions.OUTCOMES));
                case "/objections" -> AnswerText.markdown(engine.ask(StandardQuestions.OBJECTIONS));
                case "/session start" ->
                    store.sessions().start(CONSOLE, "console")
                            ? "Q&A session started: I'll keep track of every question until /session end."
                            : "A session is already running; /session end closes it.";
                case "/session end" ->
                    store.sessions()
                            .end(CONSOLE)
                            .map(this::digest)
                            .orElse("No session is running; /session start begins one.");
                default -> {
                    if (command.startsWith("/summary ")) yield summary(command.substring("/summary".length()));
                    if (command.equals("/stats") || command.startsWith("/stats ")) yield stats(command);
                    if (command.equals("/session") || command.startsWith("/session "))
                        yield "Use /session start to begin a Q&A session, /session end to close it and get its digest.";
                    if (command.equals("/quiz") || command.startsWith("/quiz ")) yield quiz(command);
                    if (command.startsWith("/")) yield "I don't know that command. " + help();
                    // "B" after a quiz: an answer, not a question to refuse and count among the unanswered
                    if (QUIZ_ANSWER.matcher(line.strip()).matches())
                        yield "The console quiz has no buttons: its answer key is printed under the questions."
                                + " Ask me about the talks, or /quiz for another quiz.";
                    yield ask(line);
                }
            };
        }

        private String ask(String question) {
            FollowUps.Reading reading = engine.readFollowUp(question, earlier);
            Answer answer = engine.ask(reading.resolved());
            // "give me a summary": the console has the summary at hand, so it shows it rather than point to /summary
            if (answer.lead() instanceof Lead.Refusal r && r.reason() == Lead.Reason.SUMMARY)
                return reply("/summary", "/summary");
            if (answer.smallTalk()) return AnswerText.markdown(answer); // "hi", "thanks": no question to record
            store.questions().record("", CONSOLE, CONSOLE, answer, CONSOLE);
            store.sessions().record(CONSOLE, answer);
            earlier.add(new FollowUps.Exchange(
                    answer.question(),
                    answer.citations().isEmpty()
                            ? ""
                            : answer.citations().get(0).quote()));
            if (earlier.size() > TURNS) earlier.remove(0);
            String readAs = reading.rewritten() ? AnswerText.readAs(Markdown.escape(reading.resolved())) + "\n" : "";
            return readAs + AnswerText.markdown(answer);
        }

        /** Under a summary of several articles: they were read as one meeting, and how to get one article's. */
        private String together() {
            int articles = engine.sources().size();
            return articles > 1 ? "\n\n" + ArticleChoice.readTogether(articles, "/summary article:") : "";
        }

        /** "/summary article:istanbul": the summary of the one article the words name. */
        private String summary(String options) {
            String words = options.strip();
            if (words.startsWith("article:"))
                words = words.substring("article:".length()).strip();
            if (words.isEmpty()) return reply("/summary", "/summary"); // as Discord does with an empty option
            List<Article> found = engine.articlesNamed(words);
            String problem =
                    ArticleChoice.problem(words, found, Markdown::escape, "`/sources` lists the articles I read.");
            if (problem != null) return problem;
            return ArticleChoice.summary(found.get(0), engine.factsOf(found.get(0)));
        }

        /** The digest, and the whole of it as a Markdown file next to the database. */
        private String digest(Digest digest) {
            String shown = digest.markdown(Markdown::escape);
            Path file = dataDir.resolve("digest-" + digest.ended().toString().replace(':', '-') + ".md");
            try {
                Files.createDirectories(dataDir);
                Files.writeString(file, digest.file(Markdown::escape), StandardCharsets.UTF_8);
                return shown + "\n\nThe full digest is in " + file;
            } catch (IOException e) {
                return shown + "\n\n(I could not write the full digest to " + file + ": " + e.getMessage() + ")";
            }
        }

        /** "/quiz" or "/quiz questions:8": the quiz with its answers, to print or read out (no buttons here). */
        private String quiz(String command) {
            long count = option(command, "/quiz", "questions:", CommandCatalog.DEFAULT_QUIZ)
                    .orElse(-1);
            if (count < 1 || count > CommandCatalog.MAX_QUIZ)
                return "Use /quiz or /quiz questions:N, with N from 1 to " + CommandCatalog.MAX_QUIZ + ".";
            long seed = ThreadLocalRandom.current().nextLong();
            List<QuizQuestion> questions = new QuizMaker(engine.corpus(), engine.facts(), engine.lexicon())
                    .make((int) count, new Random(seed));
            return questions.isEmpty()
                    ? "The articles do not support any quiz questions: they name too few people, places or dates."
                    : QuizCommand.printout(questions, (int) count, seed);
        }

        /**
         * The number a console command was given ("/quiz questions:8", "/quiz 8"), its default when none, and empty
         * when what was given is no number.
         */
        private static OptionalLong option(String command, String name, String option, long byDefault) {
            String asked = command.replace(name, "").replace(option, "").strip();
            try {
                return OptionalLong.of(asked.isEmpty() ? byDefault : Long.parseLong(asked));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }

        /**
         * "/stats", "/stats days:30", "/stats 30", "/stats days:30 export:True": the report, and with export every
         * question of the period as a CSV file next to the database (Discord attaches the same file).
         */
        private String stats(String command) {
            long days = StatsView.Period.DEFAULT_DAYS;
            boolean export = false;
            for (String option : command.substring("/stats".length()).strip().split("\\s+")) {
                if (option.isEmpty()) continue;
                String value = option.startsWith("days:") ? option.substring("days:".length()) : option;
                if (option.startsWith("export:") && Set.of("true", "false").contains(option.substring(7))) {
                    export = option.equals("export:true");
                } else if (value.matches("\\d{1,6}") && Long.parseLong(value) >= 1) {
                    days = Long.parseLong(value);
                } else {
                    return "Use /stats, /stats days:30, or /stats days:30 export:True for a CSV of every question.";
                }
            }
            StatsView.Period period = StatsView.Period.lastDays(Instant.now(), days);
            String report = StatsView.of(
                            store.stats().report("", period.from(), period.to(), 5),
                            period.days(),
                            Markdown::escape,
                            id -> id)
                    .markdown();
            if (!export) return report;
            Path file = dataDir.resolve(
                    "parley-stats-" + LocalDate.ofInstant(period.to(), ZoneOffset.UTC) + "-" + period.days() + "d.csv");
            try {
                Files.createDirectories(dataDir);
                Files.writeString(file, store.stats().csv("", period.from(), period.to()), StandardCharsets.UTF_8);
                return report + "\n\nEvery question of the period is in " + file;
            } catch (IOException e) {
                return report + "\n\n(I could not write the questions to " + file + ": " + e.getMessage() + ")";
            }
        }
    }

    /**
     * The line as a command the console knows. The help shows Discord's spelling ("/ask question:…", "/session
     * action:start", "/summary pin:True"); the console takes that, the bare words ("/session start", "/ask Who …?"),
     * and "help", "quit" and "exit" without the slash. A question keeps its case; everything else is lower-cased.
     */
    static String consoleCommand(String line) {
        String stripped = line.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.equals("help") || lower.equals("quit") || lower.equals("exit")) return "/" + lower;
        if (lower.equals("/ask") || lower.startsWith("/ask ")) {
            String question = stripped.substring("/ask".length()).strip();
            if (question.toLowerCase(Locale.ROOT).startsWith("question:"))
                question = question.substring("question:".length()).strip();
            return question.isEmpty() ? "/ask" : "/ask " + question;
        }
        if (!lower.startsWith("/")) return lower;
        // The console cannot pin: "/summary pin:True" is "/summary".
        return lower.replace("action:", "")
                .replaceAll("\\s+pin:\\S+", "")
                .replaceAll("\\s+", " ") // "/session  start", typed with two spaces, is "/session start"
                .strip();
    }

    /** Written from the same catalogue as Discord's /help, so the two never disagree. */
    static String help() {
        return "Ask any question about the talks, or use:\n" + String.join("\n", CommandCatalog.helpLines(true, u -> u))
                + "\n/quit \u2014 leave.";
    }
}
