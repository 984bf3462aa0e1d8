package org.parley.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.config.Lexicon;

/**
 * What the last {@link FactExtractor#extract(org.parley.corpus.Corpus, FactCache)} read in each article, so that the
 * next one (a {@code /reload} after one article changed) reads again only what the change touched. An engine hands
 * its cache to the engine that replaces it; readings made with another lexicon are never reused.
 */
public final class FactCache {

    /** The corpus-wide names the readings were made with: countries only the corpus names, things, full names. */
    record Context(Map<String, String> localParties, Set<String> things, Map<String, String> fullNameBySurname) {}

    record Snapshot(Map<String, FactExtractor.ArticleState> articles, Context context) {}

    private Lexicon lexicon;
    private Map<String, FactExtractor.ArticleState> articles = Map.of();
    private Context context;
    private Count last = new Count(0, 0);

    /** What this cache holds for {@code lexicon}: nothing when it was filled with another. */
    synchronized Snapshot snapshot(Lexicon wanted) {
        return wanted == lexicon ? new Snapshot(articles, context) : new Snapshot(Map.of(), null);
    }

    synchronized void keep(Lexicon with, List<FactExtractor.ArticleState> states, Context now, int read) {
        Map<String, FactExtractor.ArticleState> byId = new LinkedHashMap<>();
        for (FactExtractor.ArticleState s : states) byId.put(s.article.id(), s);
        lexicon = with;
        articles = byId;
        context = now;
        last = new Count(read, states.size() - read);
    }

    /**
     * What the last extraction did.
     *
     * @param read   articles read: new, changed, or reached by a change elsewhere
     * @param reused articles taken as the extraction before had read them
     */
    public record Count(int read, int reused) {}

    public synchronized Count count() {
        return last;
    }
}
