package org.parley.quiz;

import java.util.List;
import java.util.Optional;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.Passage;
import org.parley.facts.Facts;

/** What every question maker reads: the articles, their facts and the lexicon's word lists. */
record Material(Corpus corpus, Facts facts, Vocabulary vocabulary) {

    private static final int MAX_TITLE = 80;

    /** The sentences of one article, in reading order. */
    List<Passage> passagesOf(String article) {
        return corpus.passages().stream()
                .filter(p -> p.article().id().equals(article))
                .toList();
    }

    /** The sentence before {@code p} in its paragraph, if any. */
    Optional<Passage> before(Passage p) {
        return corpus.passage(Passage.key(
                p.article().id(), p.paragraph().number(), p.sentence().number() - 1));
    }

    /** How a prompt names an article: "the article", or its title when there are several to tell apart. */
    String source(String article) {
        if (corpus.articles().size() == 1) return "the article";
        String title = corpus.articles().stream()
                .filter(a -> a.id().equals(article))
                .map(Article::title)
                .findFirst()
                .orElse(article);
        return "\u201C" + Text.cut(title, MAX_TITLE) + "\u201D";
    }

    /**
     * Whether any article names this at all, in its title and headings too ("# Pressure from Washington and
     * Beijing"): a wrong choice must be one the articles never give.
     */
    boolean mentioned(String phrase) {
        return corpus.articles().stream()
                .anyMatch(a -> Text.hasWord(a.text(), phrase)
                        || Text.hasWord(a.title(), phrase)
                        || a.sections().stream().anyMatch(s -> Text.hasWord(s.title(), phrase)));
    }
}
