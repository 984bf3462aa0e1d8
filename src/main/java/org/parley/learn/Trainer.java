package org.parley.learn;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.AnswerModel;
import org.parley.answer.Coincidence;
import org.parley.answer.LinearModel;
import org.parley.answer.Prepared;
import org.parley.index.EmbeddingModel;

/**
 * Fits the ranker and the answerer on labelled questions, and says what they reach on articles they were
 * not fit on. Every article (a group: all sets about the same corpus) is left out in turn; its figures come
 * from models fit on the others, and so does the abstention threshold, chosen for a target share of fair
 * questions refused. The answerer always learns from rankings made without the article being ranked, so its
 * confidence is calibrated for unseen articles, not for the ranker's own training data.
 */
public final class Trainer {

    /** One labelled question, prepared once by its article's engine. */
    record Item(String group, LabelledSet.Labelled labelled, Prepared prepared, boolean[] right, double weight) {}

    /** Figures of one article, measured with models fit without it. */
    record Fold(String group, boolean squad, Scores scores, double threshold) {}

    public record Result(AnswerModel model, List<Fold> folds, Map<String, Scores> means) {}

    /**
     * Inner folds when a held-out article's answerer is trained: each training article is ranked by a ranker fit
     * without its fold. Five folds instead of one per article make the cross-validation about four times faster
     * (401 ranker fits became 121) and never let the held-out article into a fit.
     */
    static final int INNER_FOLDS = 5;

    private final EmbeddingModel embedding;
    private final double targetFalseAbstain;
    private final boolean balance;
    private final Function<Path, AnswerEngine> engines;
    private final PrintStream log;
    private final Map<String, AnswerEngine> engineOfGroup = new HashMap<>();
    private final Map<String, Boolean> squadGroup = new HashMap<>();

    /**
     * @param embedding the embedding model the engines measure cosines with, recorded in the models fit
     * @param balance each article's questions weigh the same in total, however many it has
     */
    public Trainer(
            EmbeddingModel embedding,
            double targetFalseAbstain,
            boolean balance,
            Function<Path, AnswerEngine> engines,
            PrintStream log) {
        this.embedding = embedding;
        this.targetFalseAbstain = targetFalseAbstain;
        this.balance = balance;
        this.engines = engines;
        this.log = log;
    }

    public Result train(List<String> setSpecs, boolean crossValidate) throws IOException {
        List<Item> prepared = prepare(setSpecs);
        Map<String, Long> sizes = prepared.stream().collect(Collectors.groupingBy(Item::group, Collectors.counting()));
        double perGroup = (double) prepared.size() / sizes.size();
        List<Item> items = prepared.stream()
                .map(i -> balance
                        ? new Item(i.group(), i.labelled(), i.prepared(), i.right(), perGroup / sizes.get(i.group()))
                        : i)
                .toList();
        Map<String, List<Item>> byGroup =
                items.stream().collect(Collectors.groupingBy(Item::group, LinkedHashMap::new, Collectors.toList()));
        List<String> groups = new ArrayList<>(byGroup.keySet());
        log.printf("%d questions on %d articles%n", items.size(), groups.size());

        // Rankers fit without each article, and the answerer inputs they give for that article.
        Map<String, LinearModel> rankerWithout = parallel(groups, g -> fitRanker(others(byGroup, List.of(g))));
        Map<String, List<LogisticFit.Example>> outOfFold = new HashMap<>();
        groups.forEach(g -> outOfFold.put(g, answererExamples(byGroup.get(g), rankerWithout.get(g))));

        List<Fold> folds = new ArrayList<>();
        if (crossValidate) {
            for (String held : groups) {
                List<String> training =
                        groups.stream().filter(g -> !g.equals(held)).toList();
                // Inside the training articles, each is again ranked by a ranker fit without it (and without the
                // others of its inner fold: INNER_FOLDS fits instead of one per article).
                Map<String, List<String>> innerFolds = folds(training);
                Map<String, LinearModel> inner = parallel(List.copyOf(innerFolds.keySet()), fold -> {
                    List<String> without = new ArrayList<>(innerFolds.get(fold));
                    without.add(held);
                    return fitRanker(others(byGroup, without));
                });
                Map<String, List<LogisticFit.Example>> examplesByFold = new LinkedHashMap<>();
                innerFolds.forEach((fold, articles) -> articles.forEach(g -> examplesByFold
                        .computeIfAbsent(fold, f -> new ArrayList<>())
                        .addAll(answererExamples(byGroup.get(g), inner.get(fold)))));
                List<LogisticFit.Example> examples =
                        examplesByFold.values().stream().flatMap(List::stream).toList();
                LinearModel answerer = LogisticFit.binary(AnswerModel.answererFeatures(), examples);
                AnswerModel model = new AnswerModel(embedding.name(), rankerWithout.get(held), answerer, Map.of());
                List<Item> test = byGroup.get(held);
                AnswerEngine engine = engineOfGroup.get(held);
                double threshold = threshold(heldOutConfidences(examplesByFold));
                List<Answer> answers = test.stream()
                        .map(i -> engine.decide(i.prepared(), model, threshold))
                        .toList();
                Scores s = Scores.of(test.stream().map(Item::labelled).toList(), answers);
                folds.add(new Fold(held, squadGroup.get(held), s, threshold));
                log.println(s.row(held) + String.format("  threshold %.3f", threshold));
            }
        }

        LinearModel ranker = fitRanker(items);
        List<LogisticFit.Example> examples =
                outOfFold.values().stream().flatMap(List::stream).toList();
        LinearModel answerer = LogisticFit.binary(AnswerModel.answererFeatures(), examples);
        Map<String, List<LogisticFit.Example>> examplesByFold = new LinkedHashMap<>();
        folds(groups)
                .forEach((fold, articles) -> examplesByFold.put(
                        fold,
                        articles.stream()
                                .flatMap(g -> outOfFold.get(g).stream())
                                .toList()));
        double threshold = threshold(heldOutConfidences(examplesByFold));
        Map<String, Scores> means = new LinkedHashMap<>();
        means(folds, means);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("threshold", Math.round(threshold * 1000) / 1000.0);
        figures.put("targetFalseAbstain", targetFalseAbstain);
        figures.put("balancedArticles", balance);
        figures.put("questions", items.size());
        figures.put("articles", groups);
        figures.put(
                "fit",
                "ranker: listwise softmax over each question's candidates; answerer: logistic regression on the "
                        + "best candidate of rankings made without its article; L2 " + LogisticFit.L2 + ", Adam "
                        + LogisticFit.ITERATIONS + " steps; inner folds " + INNER_FOLDS);
        Map<String, Object> cv = new LinkedHashMap<>();
        means.forEach((name, s) -> cv.put(
                name,
                Map.of(
                        "hit@1",
                        r(s.hit1()),
                        "hit@3",
                        r(s.hit3()),
                        "abstain",
                        r(s.abstain()),
                        "falseAbstain",
                        r(s.falseAbstain()),
                        "precision",
                        r(s.precision()),
                        "confAuc",
                        r(s.confAuc()))));
        if (!cv.isEmpty()) figures.put("leaveOneArticleOut", cv);
        return new Result(new AnswerModel(embedding.name(), ranker, answerer, figures), folds, means);
    }

    /** The articles in {@link #INNER_FOLDS} folds, the k-th article in fold k mod INNER_FOLDS. */
    private static Map<String, List<String>> folds(List<String> articles) {
        Map<String, List<String>> folds = new LinkedHashMap<>();
        for (int k = 0; k < articles.size(); k++)
            folds.computeIfAbsent("inner fold " + k % INNER_FOLDS, f -> new ArrayList<>())
                    .add(articles.get(k));
        return folds;
    }

    private static void means(List<Fold> folds, Map<String, Scores> out) {
        List<Scores> squad =
                folds.stream().filter(Fold::squad).map(Fold::scores).toList();
        List<Scores> own =
                folds.stream().filter(f -> !f.squad()).map(Fold::scores).toList();
        if (!squad.isEmpty()) out.put("SQuAD mean", Scores.mean(squad));
        if (!own.isEmpty()) out.put("own articles mean", Scores.mean(own));
    }

    private static double r(double v) {
        return Double.isNaN(v) ? -1 : Math.round(v * 1000) / 1000.0;
    }

    private List<Item> prepare(List<String> specs) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String spec : specs) {
            LabelledSet set = LabelledSet.parse(spec);
            AnswerEngine engine = engines.apply(set.corpus());
            String group = engine.sources().stream().map(a -> a.id()).sorted().collect(Collectors.joining("+"));
            engineOfGroup.putIfAbsent(group, engine);
            squadGroup.putIfAbsent(
                    group, set.corpus().toAbsolutePath().normalize().toString().contains("/squad/"));
            long t0 = System.nanoTime();
            for (LabelledSet.Labelled l : set.items()) {
                Prepared p = engineOfGroup.get(group).prepare(l.question());
                List<String> quotes = p.quotes();
                boolean[] right = new boolean[quotes.size()];
                for (int i = 0; i < right.length; i++) right[i] = l.answerable() && l.answeredBy(quotes.get(i));
                items.add(new Item(group, l, p, right, 1));
            }
            log.printf(
                    "prepared %s: %d questions in %.1f s%n",
                    set.questions(), set.items().size(), (System.nanoTime() - t0) / 1e9);
        }
        return items;
    }

    private static List<Item> others(Map<String, List<Item>> byGroup, List<String> without) {
        return byGroup.entrySet().stream()
                .filter(e -> !without.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    /** The ranker learns from every question with a right candidate among others. */
    private static LinearModel fitRanker(List<Item> items) {
        List<LogisticFit.RankingList> lists = new ArrayList<>();
        for (Item i : items) {
            boolean any = false, all = true;
            for (boolean b : i.right()) {
                any |= b;
                all &= b;
            }
            if (!any || all) continue;
            lists.add(new LogisticFit.RankingList(
                    i.prepared().features().toArray(double[][]::new), i.right(), i.weight()));
        }
        return LogisticFit.ranker(AnswerModel.rankerFeatures(), lists);
    }

    /** For each question: the answerer input of the best candidate under {@code ranker}, and whether it is right. */
    private static List<LogisticFit.Example> answererExamples(List<Item> items, LinearModel ranker) {
        List<LogisticFit.Example> out = new ArrayList<>();
        for (Item i : items) {
            List<double[]> features = i.prepared().features();
            if (features.isEmpty()) continue;
            double[] scores = features.stream().mapToDouble(ranker::score).toArray();
            int best = 0, second = -1;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    second = best;
                    best = k;
                } else if (second < 0 || scores[k] > scores[second]) {
                    second = k;
                }
            }
            double sum = 0;
            for (double s : scores) sum += Math.exp(s - scores[best]);
            double margin = second < 0 ? AnswerModel.MARGIN_ALONE : scores[best] - scores[second];
            double[] x = AnswerModel.answererInput(features.get(best), margin, 1 / sum);
            out.add(new LogisticFit.Example(
                    x, i.right()[best], i.weight(), i.labelled().answerable()));
        }
        return out;
    }

    /**
     * Each answerable example's confidence (with its weight) from an answerer fit without the fold it is in: the
     * threshold is chosen on these, as it will meet articles its answerer was not fit on, not on the answerer's own
     * training examples, whose confidences are a little too sure.
     */
    private static List<double[]> heldOutConfidences(Map<String, List<LogisticFit.Example>> byFold) {
        Map<String, LinearModel> without = parallel(
                List.copyOf(byFold.keySet()),
                fold -> LogisticFit.binary(
                        AnswerModel.answererFeatures(),
                        byFold.entrySet().stream()
                                .filter(e -> !e.getKey().equals(fold))
                                .flatMap(e -> e.getValue().stream())
                                .toList()));
        List<double[]> out = new ArrayList<>();
        byFold.forEach((fold, examples) -> examples.stream()
                .filter(LogisticFit.Example::answerable)
                .forEach(e -> out.add(new double[] {
                    Coincidence.refuses(e.x()) // the answerer's input starts with the features, by ordinal
                            ? Double.NEGATIVE_INFINITY // refused whatever the threshold: it spends the budget first
                            : LinearModel.sigmoid(without.get(fold).score(e.x())),
                    e.weight()
                })));
        return out;
    }

    /**
     * The highest threshold at which the refused answerable questions weigh at most the target share of all of them.
     *
     * @param answerable each answerable question's {confidence, weight}
     */
    private double threshold(List<double[]> answerable) {
        double total = answerable.stream().mapToDouble(c -> c[1]).sum();
        if (total == 0) return 0.5;
        double budget = targetFalseAbstain * total;
        List<double[]> open = new ArrayList<>(answerable);
        open.sort(java.util.Comparator.comparingDouble(c -> c[0]));
        double threshold = 0;
        for (double[] c : open) {
            if (budget < c[1]) break;
            budget -= c[1];
            threshold = Math.max(0, Math.nextUp(c[0])); // the rule's refusals come first, at minus infinity
        }
        return threshold;
    }

    private static <T> Map<String, T> parallel(List<String> keys, Function<String, T> work) {
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Map<String, Future<T>> futures = new LinkedHashMap<>();
            keys.forEach(k -> futures.put(k, pool.submit(() -> work.apply(k))));
            Map<String, T> out = new LinkedHashMap<>();
            for (var e : futures.entrySet()) out.put(e.getKey(), e.getValue().get());
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("training failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }
}
