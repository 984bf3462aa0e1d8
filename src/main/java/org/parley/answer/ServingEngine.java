package org.parley.answer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parley.corpus.Article;
import org.parley.corpus.CorpusException;
import org.parley.corpus.CorpusLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine that answers right now, replaced whole when the corpus folder is reloaded: the new corpus is read and
 * its changed articles indexed and embedded while the old engine keeps answering, then swapped in at once. The old engine is closed a
 * little later, so questions already being answered finish on it.
 */
public final class ServingEngine implements Supplier<AnswerEngine>, Closeable {

    private static final Logger log = LoggerFactory.getLogger(ServingEngine.class);
    /** Longer than any answer takes (p99 is milliseconds; a cold first answer about a second). */
    static final Duration RETIRE_AFTER = Duration.ofSeconds(30);

    /**
     * What a reload did.
     *
     * @param changed  false when the folder held the same articles, so nothing was rebuilt
     * @param failure  why nothing changed, when the folder could not be used at all (the old articles stay)
     */
    public record Reload(
            boolean changed,
            List<String> articles,
            List<String> added,
            List<String> removed,
            List<CorpusLoader.Skipped> skipped,
            Duration took,
            Optional<String> failure) {
        public Reload {
            articles = List.copyOf(articles);
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            skipped = List.copyOf(skipped);
        }
    }

    private final EngineSettings settings;
    private final AtomicReference<AnswerEngine> current;
    /** Made on the first reload: most processes never reload and need no extra thread. */
    private ScheduledExecutorService retirer;

    private final List<AnswerEngine> retiring = new ArrayList<>();

    public ServingEngine(EngineSettings settings, AnswerEngine first) {
        this.settings = settings;
        this.current = new AtomicReference<>(first);
    }

    public static ServingEngine open(EngineSettings settings) {
        return new ServingEngine(settings, AnswerEngine.open(settings));
    }

    @Override
    public AnswerEngine get() {
        return current.get();
    }

    /**
     * Warms the engine up ({@link AnswerEngine#warmUp}: the speller and one question) on a background thread and
     * returns at once: the model finishes loading and the answer path is compiled while the bot logs in, so the first
     * person to ask waits for neither.
     */
    public void warmUp() {
        Thread t = new Thread(
                () -> {
                    try {
                        current.get().warmUp(Duration.ZERO);
                    } catch (RuntimeException e) {
                        log.debug("Warm-up question failed: {}", e.toString()); // the first real question will say why
                    }
                },
                "parley-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Re-reads the corpus folder; one caller at a time (a second waits rather than building twice). */
    public synchronized Reload reload() {
        long start = System.nanoTime();
        AnswerEngine old = current.get();
        List<String> before = titles(old.sources());
        CorpusLoader.Loaded loaded;
        try {
            loaded = new CorpusLoader(settings.lexicon()).loadReporting(settings.corpus());
        } catch (CorpusException e) {
            return new Reload(
                    false, before, List.of(), List.of(), List.of(), since(start), Optional.of(e.getMessage()));
        }
        if (loaded.corpus().fingerprint().equals(old.corpus().fingerprint())) {
            return new Reload(false, before, List.of(), List.of(), loaded.skipped(), since(start), Optional.empty());
        }
        // Only the articles that changed are indexed again, with the model already loaded.
        AnswerEngine fresh = old.reopen(loaded.corpus());
        current.set(fresh);
        retire(old);
        List<String> after = titles(fresh.sources());
        Set<String> was = Set.copyOf(before);
        Set<String> now = Set.copyOf(after);
        Reload report = new Reload(
                true,
                after,
                after.stream().filter(t -> !was.contains(t)).toList(),
                before.stream().filter(t -> !now.contains(t)).toList(),
                loaded.skipped(),
                since(start),
                Optional.empty());
        log.info(
                "Reloaded the corpus: {} article(s), {} added, {} removed, {} skipped, in {} ms ({} read for facts again)",
                after.size(),
                report.added().size(),
                report.removed().size(),
                report.skipped().size(),
                report.took().toMillis(),
                fresh.factsRead().read());
        return report;
    }

    private void retire(AnswerEngine old) {
        synchronized (retiring) {
            retiring.add(old);
        }
        if (retirer == null) {
            retirer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "parley-engine-retire");
                t.setDaemon(true);
                return t;
            });
        }
        retirer.schedule(() -> closeRetired(old), RETIRE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeRetired(AnswerEngine old) {
        synchronized (retiring) {
            if (!retiring.remove(old)) return;
        }
        try {
            old.close();
        } catch (IOException e) {
            log.warn("Could not close the engine a reload replaced: {}", e.toString());
        }
    }

    private static List<String> titles(List<Article> articles) {
        return articles.stream().map(Article::title).collect(Collectors.toList());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public synchronized void close() throws IOException {
        if (retirer != null) retirer.shutdownNow();
        List<AnswerEngine> left;
        synchronized (retiring) {
            left = new ArrayList<>(retiring);
            retiring.clear();
        }
        for (AnswerEngine e : left) e.close();
        current.get().close();
    }
}
