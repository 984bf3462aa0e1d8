package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.Citation;
import org.parley.answer.EngineSettings;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.corpus.Passage;
import org.parley.facts.FactCache;
import org.parley.index.Bm25Baseline;
import org.parley.index.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures what the README claims, in one run: the first build of a corpus (read, or generated with N sentences),
 * the rebuild after one article is added, size on disk, heap after indexing, and answer latency (p50, p99, max) and
 * throughput on one thread and on two, after a warm-up. With {@code --compare-bm25} it answers the same questions
 * with plain Lucene BM25 over the same index and prints both, with how often a right sentence is in each one's top
 * three (known for a generated corpus, whose questions are asked of its own sentences).
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure build time, rebuild after one added article, size, heap, latency and throughput.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--sentences",
            paramLabel = "N",
            description = "Generate a corpus of N sentences instead of reading one.")
    Integer sentences;

    @Option(
            names = "--questions",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Questions to time (default ${DEFAULT-VALUE}).")
    int questions;

    @Option(
            names = "--warmup",
            paramLabel = "N",
            defaultValue = "300",
            description =
                    "Questions asked first, untimed, so the JVM has compiled the answer path (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--semantic",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Use the embedding model (default ${DEFAULT-VALUE}).")
    boolean semantic;

    @Option(
            names = "--compare-bm25",
            description = "Answer the same questions with plain Lucene BM25 over the same index.")
    boolean compareBm25;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Build the bench index in DIR (kept; an index already there is reused).")
    Path keep;

    private final Launcher launcher;

    BenchCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
        Bounds.atLeast(spec, "--questions", questions, 1);
        Bounds.atLeast(spec, "--warmup", warmup, 0);
        if (sentences != null) Bounds.atLeast(spec, "--sentences", sentences, 1);
        EngineSettings base = launcher.settings(corpus.get());
        Path indexDir = keep != null ? keep : Files.createTempDirectory("parley-bench");
        EngineSettings settings = new EngineSettings(
                base.corpus(),
                Optional.of(indexDir),
                base.lexicon(),
                semantic,
                base.maxCitations(),
                base.maxQuestionChars(),
                base.model(),
                base.answerThreshold());
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Parley bench: %d cores, max heap %d MB, semantic %s%n",
                rt.availableProcessors(),
                rt.maxMemory() >> 20,
                semantic ? "on" : "off");
        try {
            long t = System.nanoTime();
            CorpusLoader loader = new CorpusLoader(base.lexicon());
            Corpus first, full;
            if (sentences != null) {
                first = GeneratedNews.corpus(sentences, loader);
                full = GeneratedNews.withOneMore(first, loader);
            } else {
                full = loader.load(base.corpus());
                // The last article is held back for the rebuild; a corpus of one article has none to hold back.
                first = full.articles().size() < 2
                        ? full
                        : new Corpus(
                                full.articles().subList(0, full.articles().size() - 1), full.fingerprint() + "-last");
            }
            System.out.printf(
                    Locale.ROOT,
                    "corpus: %,d articles, %,d sentences (%s in %.1f s)%n",
                    first.articles().size(),
                    first.sentenceCount(),
                    sentences != null ? "generated" : "read",
                    seconds(t));

            t = System.nanoTime();
            OnnxEmbedder model = new OnnxEmbedder(settings.model().embedding());
            AnswerEngine engine = AnswerEngine.open(settings, first, model);
            System.out.printf(
                    Locale.ROOT,
                    "first build (facts, index, embeddings): %.1f s; %s%n",
                    seconds(t),
                    engine.indexBuild().summary());
            if (full != first) {
                // As /reload does it (the same model, and what the first engine's facts' reading found in each
                // article), but with the first engine closed and let go first: a million sentences' facts twice
                // would not fit a 1 GB heap.
                FactCache facts = engine.factCache();
                engine.close();
                engine = null;
                t = System.nanoTime();
                engine = AnswerEngine.open(settings, full, model, facts);
                double took = seconds(t);
                System.out.printf(
                        Locale.ROOT,
                        "rebuild after one added article (%s): %.2f s; %s; facts: %,d article(s) read, %,d reused%n",
                        full.articles().get(full.articles().size() - 1).id(),
                        took,
                        engine.indexBuild().summary(),
                        engine.factsRead().read(),
                        engine.factsRead().reused());
            }
            try (AnswerEngine answering = engine) {
                System.out.printf(Locale.ROOT, "size on disk: %,.1f MB%n", size(indexDir) / 1048576.0);
                System.out.printf(Locale.ROOT, "heap after indexing: %,d MB%n", heapAfterGc() >> 20);
                measure(answering, full, indexDir);
            }
        } finally {
            if (keep == null) delete(indexDir);
        }
        return 0;
    }

    private void measure(AnswerEngine engine, Corpus full, Path indexDir) throws IOException {
        boolean known = sentences != null;
        List<GeneratedNews.Question> asked =
                known ? GeneratedNews.questions(full, questions, 7) : fixedQuestions(questions);
        List<GeneratedNews.Question> warming =
                known ? GeneratedNews.questions(full, warmup, 11) : fixedQuestions(warmup);
        long answerable =
                asked.stream().filter(GeneratedNews.Question::answerable).count();
        System.out.printf(
                Locale.ROOT,
                "questions: %,d%s, after %,d warm-up questions%n",
                asked.size(),
                known
                        ? String.format(
                                Locale.ROOT,
                                " (%,d asked of a known sentence, %,d of what no article says)",
                                answerable,
                                asked.size() - answerable)
                        : "",
                warming.size());

        Function<String, List<String>> parley = q -> {
            Answer a = engine.ask(q);
            return a.citations().stream().limit(3).map(Citation::quote).toList();
        };
        List<Row> rows = new ArrayList<>(List.of(new Row("Parley", parley)));
        Bm25Baseline baseline = null;
        if (compareBm25) {
            baseline = Bm25Baseline.open(indexDir);
            Bm25Baseline bm25 = baseline;
            rows.add(new Row(
                    "plain BM25",
                    q -> bm25.top(q, 3).stream()
                            .map(key -> full.passage(key).map(Passage::quote).orElse(""))
                            .toList()));
        }
        try {
            List<Figures> results = new ArrayList<>();
            for (Row row : rows) {
                run(warming, 1, row.ask());
                results.add(new Figures(run(asked, 1, row.ask()), run(asked, 2, row.ask())));
            }
            print(rows, results, asked, known);
        } finally {
            if (baseline != null) baseline.close();
        }
    }

    private record Row(String name, Function<String, List<String>> ask) {}

    private record Figures(Run one, Run two) {}

    /** Latencies in microseconds (sorted), wall time, and the first three quotes of each answer, by question. */
    private record Run(long[] micros, double seconds, List<List<String>> quotes) {
        double percentile(double p) {
            return micros[Math.min(micros.length - 1, (int) (micros.length * p))] / 1000.0;
        }

        double perSecond() {
            return micros.length / seconds;
        }
    }

    /** Asks every question, the list shared out over {@code threads} threads. */
    private static Run run(List<GeneratedNews.Question> asked, int threads, Function<String, List<String>> ask) {
        long[] micros = new long[asked.size()];
        List<List<String>> quotes = new ArrayList<>(java.util.Collections.nCopies(asked.size(), List.<String>of()));
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < threads; w++) {
            int first = w;
            Thread t = new Thread(
                    () -> {
                        for (int i = first; i < asked.size(); i += threads) {
                            long s = System.nanoTime();
                            List<String> got = ask.apply(asked.get(i).text());
                            micros[i] = (System.nanoTime() - s) / 1000;
                            synchronized (quotes) {
                                quotes.set(i, got);
                            }
                        }
                    },
                    "bench-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = seconds(start);
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Run(sorted, seconds, quotes);
    }

    private static void print(
            List<Row> rows, List<Figures> results, List<GeneratedNews.Question> asked, boolean known) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-38s", ""));
        rows.forEach(r -> header.append(String.format(Locale.ROOT, "%-38s", r.name())));
        System.out.println(header);
        line("latency p50 / p99 / max, 1 thread", results, f -> latency(f.one()));
        line(
                "throughput, 1 thread",
                results,
                f -> String.format(Locale.ROOT, "%.0f questions/s", f.one().perSecond()));
        line("latency p50 / p99 / max, 2 threads", results, f -> latency(f.two()));
        line(
                "throughput, 2 threads",
                results,
                f -> String.format(Locale.ROOT, "%.0f questions/s", f.two().perSecond()));
        if (known) {
            line("right sentence in top three", results, f -> topThree(f.one(), asked));
            line("answered / abstained", results, f -> answered(f.one(), asked));
        }
    }

    private static void line(String label, List<Figures> results, Function<Figures, String> cell) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-38s", label));
        results.forEach(f -> out.append(String.format(Locale.ROOT, "%-38s", cell.apply(f))));
        System.out.println(out);
    }

    private static String latency(Run r) {
        return String.format(
                Locale.ROOT,
                "%.1f / %.1f / %.1f ms",
                r.percentile(0.5),
                r.percentile(0.99),
                r.micros()[r.micros().length - 1] / 1000.0);
    }

    private static String topThree(Run r, List<GeneratedNews.Question> asked) {
        int right = 0, answerable = 0;
        for (int i = 0; i < asked.size(); i++) {
            GeneratedNews.Question q = asked.get(i);
            if (!q.answerable()) continue;
            answerable++;
            if (r.quotes().get(i).stream().anyMatch(q::answeredBy)) right++;
        }
        return String.format(Locale.ROOT, "%.2f (%d of %d)", (double) right / answerable, right, answerable);
    }

    /** Questions with a known sentence that got an answer; questions no article answers that got none. */
    private static String answered(Run r, List<GeneratedNews.Question> asked) {
        int answered = 0, answerable = 0, abstained = 0, unanswerable = 0;
        for (int i = 0; i < asked.size(); i++) {
            boolean cited = !r.quotes().get(i).isEmpty();
            if (asked.get(i).answerable()) {
                answerable++;
                if (cited) answered++;
            } else {
                unanswerable++;
                if (!cited) abstained++;
            }
        }
        return String.format(Locale.ROOT, "%d of %d / %d of %d", answered, answerable, abstained, unanswerable);
    }

    /** For a corpus read from a folder: questions of the kinds people ask, with no known answers. */
    private static List<GeneratedNews.Question> fixedQuestions(int n) {
        String[] forms = {
            "Who took part in the talks?",
            "What was agreed?",
            "Who objected, and why?",
            "Where did the talks take place?",
            "What did the foreign minister say about sanctions?",
            "What are the next steps?",
            "What is the population of Brazil?"
        };
        List<GeneratedNews.Question> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new GeneratedNews.Question(forms[i % forms.length], List.of()));
        return out;
    }

    private static long heapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        Thread.sleep(200);
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
