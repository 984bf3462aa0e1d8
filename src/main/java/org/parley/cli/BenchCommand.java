package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.parley.answer.AnswerEngine;
import org.parley.answer.EngineSettings;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Measures what the README claims: index build time, answer latency (p50, p99), throughput and heap after
 * indexing, on a real corpus or on a generated one of N sentences.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure index build time, latency and memory.")
final class BenchCommand implements Callable<Integer> {

    private static final String[] PEOPLE = {
        "Foreign Minister Ana Weller",
        "President Tomas Hrab",
        "Envoy Lina Osei",
        "Prime Minister Karl Juste",
        "Defence Minister Ivo Brandt",
        "Secretary Maya Lund",
        "Ambassador Omar Said"
    };
    private static final String[] PARTIES = {
        "Ukraine",
        "Russia",
        "France",
        "Germany",
        "Poland",
        "Turkey",
        "Qatar",
        "Egypt",
        "the United States",
        "the European Union",
        "China",
        "India",
        "Norway",
        "Brazil",
        "Japan"
    };
    private static final String[] VERBS = {
        "agreed to",
        "rejected",
        "proposed",
        "criticised",
        "welcomed",
        "postponed",
        "signed",
        "questioned",
        "announced",
        "opposed",
        "discussed",
        "endorsed"
    };
    private static final String[] OBJECTS = {
        "a ceasefire along the front line",
        "new sanctions on energy exports",
        "a prisoner exchange",
        "a roadmap for embassy staff",
        "talks on grain shipments",
        "a summit in the spring",
        "security guarantees",
        "a monitoring mission",
        "the release of detainees",
        "a trade corridor",
        "a water-sharing accord",
        "reconstruction funds",
        "a humanitarian pause",
        "border demarcation"
    };
    private static final String[] PLACES = {
        "Geneva", "Istanbul", "Doha", "Vienna", "Oslo", "Cairo", "Riyadh", "Helsinki"
    };

    @Mixin
    CorpusOption corpus = new CorpusOption();

    @Option(
            names = "--sentences",
            paramLabel = "N",
            description = "Generate a corpus of N sentences instead of reading one.")
    Integer sentences;

    @Option(
            names = "--questions",
            paramLabel = "N",
            defaultValue = "500",
            description = "Questions to time (default ${DEFAULT-VALUE}).")
    int questions;

    @Option(
            names = "--semantic",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "Use the embedding model (default ${DEFAULT-VALUE}).")
    boolean semantic;

    @Option(names = "--index", paramLabel = "DIR", description = "Keep the bench index in DIR and reuse it next time.")
    Path keep;

    private final Launcher launcher;

    BenchCommand(Launcher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() throws Exception {
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
        CorpusLoader loader = new CorpusLoader(base.lexicon());
        Corpus source = sentences == null ? loader.load(base.corpus()) : generate(sentences, loader);
        System.out.printf(
                "corpus: %d articles, %d sentences; semantic=%s%n",
                source.articles().size(), source.sentenceCount(), semantic);

        long t0 = System.nanoTime();
        try (AnswerEngine engine = AnswerEngine.open(settings, source)) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            Thread.sleep(200);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            System.out.printf(
                    "index build (parse + facts + index%s): %.2f s%n", semantic ? " + embeddings" : "", buildSeconds);
            System.out.printf("heap after indexing: %d MB (max heap %d MB)%n", heapMb, rt.maxMemory() / (1024 * 1024));

            List<String> asked = questions(Math.max(1, questions), new Random(7));
            for (String q : asked.subList(0, Math.min(50, asked.size()))) engine.ask(q); // warm-up
            long[] micros = new long[asked.size()];
            long all = System.nanoTime();
            int answered = 0;
            for (int i = 0; i < asked.size(); i++) {
                long s = System.nanoTime();
                if (engine.ask(asked.get(i)).answered()) answered++;
                micros[i] = (System.nanoTime() - s) / 1000;
            }
            double seconds = (System.nanoTime() - all) / 1e9;
            Arrays.sort(micros);
            System.out.printf(
                    "answer latency over %d questions: p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f questions/s on one thread; %d answered%n",
                    asked.size(),
                    micros[micros.length / 2] / 1000.0,
                    micros[(int) (micros.length * 0.99)] / 1000.0,
                    micros[micros.length - 1] / 1000.0,
                    asked.size() / seconds,
                    answered);
        } finally {
            if (keep == null)
                try (var files = Files.walk(indexDir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
        }
        return 0;
    }

    /** A reproducible corpus of news-like sentences: articles of 40 sentences in 4 sections. */
    static Corpus generate(int sentences, CorpusLoader loader) {
        Random r = new Random(42);
        List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
        int perArticle = 40;
        for (int a = 0; a * perArticle < sentences; a++) {
            StringBuilder text = new StringBuilder();
            int n = Math.min(perArticle, sentences - a * perArticle);
            for (int s = 0; s < n; s++) {
                if (s % 10 == 0)
                    text.append(s == 0 ? "" : "\n\n")
                            .append("Section ")
                            .append(s / 10 + 1)
                            .append(" of the talks\n\n");
                else if (s % 3 == 0) text.append("\n\n");
                text.append(sentence(r)).append(' ');
            }
            ids.add("generated-" + a);
            texts.add(text.toString().strip());
        }
        return loader.fromTexts(ids, texts);
    }

    private static String sentence(Random r) {
        String who = pick(r, PEOPLE) + " of " + pick(r, PARTIES);
        return switch (r.nextInt(4)) {
            case 0 -> who + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + " in " + pick(r, PLACES) + ".";
            case 1 ->
                "In " + pick(r, PLACES) + ", " + who + " said " + pick(r, PARTIES) + " had " + pick(r, VERBS) + " "
                        + pick(r, OBJECTS) + ".";
            case 2 ->
                "Officials from " + pick(r, PARTIES) + " and " + pick(r, PARTIES) + " " + pick(r, VERBS) + " "
                        + pick(r, OBJECTS) + " on day " + (1 + r.nextInt(28)) + ".";
            default ->
                "Critics in " + pick(r, PARTIES) + " warned that " + pick(r, OBJECTS) + " would fail without "
                        + pick(r, OBJECTS) + ".";
        };
    }

    private static List<String> questions(int n, Random r) {
        String[] forms = {
            "Who %s %s?",
            "What did %s say about %s?",
            "Why did %s reject %s?",
            "Where was %s discussed by %s?",
            "What is the population of %s and %s?",
            "Who objected to %s in %s?"
        };
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String f = forms[r.nextInt(forms.length)];
            out.add(String.format(f, r.nextBoolean() ? pick(r, PARTIES) : pick(r, VERBS), pick(r, OBJECTS)));
        }
        return out;
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
