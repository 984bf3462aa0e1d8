package org.parley.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles Parley answers from, with a fingerprint of their bytes so a built index can tell whether
 * it is still current.
 *
 * @param byId the articles by id: a passage is found from its key through its article, so a million-sentence
 *             corpus keeps no map of a million passages (that map was a fifth of its heap)
 */
public record Corpus(List<Article> articles, String fingerprint, Map<String, Article> byId) {

    public Corpus(List<Article> articles, String fingerprint) {
        this(List.copyOf(articles), fingerprint, Collections.unmodifiableMap(byId(articles)));
    }

    private static Map<String, Article> byId(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) byId.put(a.id(), a);
        return byId;
    }

    /** Every sentence of every article, in reading order. */
    public List<Passage> passages() {
        List<Passage> all = new ArrayList<>();
        for (Article a : articles) all.addAll(passagesOf(a));
        return all;
    }

    /** Every sentence of one article, in reading order. */
    public static List<Passage> passagesOf(Article article) {
        List<Passage> out = new ArrayList<>();
        for (Section s : article.sections()) {
            for (Paragraph p : s.paragraphs()) {
                for (Sentence sentence : p.sentences()) out.add(new Passage(article, s, p, sentence));
            }
        }
        return out;
    }

    /** The passage a key ("article#paragraph#sentence") names, if this corpus holds it. */
    public Optional<Passage> passage(String key) {
        int sentenceAt = key.lastIndexOf('#');
        int paragraphAt = sentenceAt > 0 ? key.lastIndexOf('#', sentenceAt - 1) : -1;
        if (paragraphAt < 0) return Optional.empty();
        Article article = byId.get(key.substring(0, paragraphAt));
        if (article == null) return Optional.empty();
        int paragraph, sentence;
        try {
            paragraph = Integer.parseInt(key, paragraphAt + 1, sentenceAt, 10);
            sentence = Integer.parseInt(key, sentenceAt + 1, key.length(), 10);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        for (Section s : article.sections()) {
            for (Paragraph p : s.paragraphs()) {
                if (p.number() != paragraph) continue;
                for (Sentence candidate : p.sentences()) {
                    if (candidate.number() != sentence) continue;
                    Passage found = new Passage(article, s, p, candidate);
                    return key.equals(found.key()) ? Optional.of(found) : Optional.empty(); // not "a#+1#01"
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public int sentenceCount() {
        return articles.stream().mapToInt(Article::sentenceCount).sum();
    }
}
