package org.parley.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The articles Parley answers from, with a fingerprint of their bytes so a built index can tell whether
 * it is still current.
 */
public record Corpus(List<Article> articles, String fingerprint, Map<String, Passage> passagesByKey) {

    public Corpus(List<Article> articles, String fingerprint) {
        this(List.copyOf(articles), fingerprint, java.util.Collections.unmodifiableMap(index(articles)));
    }

    private static Map<String, Passage> index(List<Article> articles) {
        Map<String, Passage> byKey = new LinkedHashMap<>();
        for (Article a : articles) {
            for (Section s : a.sections()) {
                for (Paragraph p : s.paragraphs()) {
                    for (Sentence sentence : p.sentences()) {
                        Passage passage = new Passage(a, s, p, sentence);
                        byKey.put(passage.key(), passage);
                    }
                }
            }
        }
        return byKey;
    }

    /** Every sentence of every article, in reading order. */
    public List<Passage> passages() {
        return new ArrayList<>(passagesByKey.values());
    }

    public Optional<Passage> passage(String key) {
        return Optional.ofNullable(passagesByKey.get(key));
    }

    public int sentenceCount() {
        return articles.stream().mapToInt(Article::sentenceCount).sum();
    }
}
