package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.answer.Fuzz;
import org.parley.config.Lexicon;
import org.parley.corpus.Article;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;

/**
 * An extraction that reuses the last one's readings gives the facts a reading from nothing gives, and reads again
 * only the articles a change reaches.
 */
class FactCacheTest {

    private static final Lexicon LEXICON = Extract.lexicon();
    private static final CorpusLoader LOADER = new CorpusLoader(LEXICON);

    /** Every fixture article and the first article: 73 stories, many with countries only they name. */
    private static final List<Article> ALL = allFixtures();

    private static List<Article> allFixtures() {
        List<Article> out = new ArrayList<>(LOADER.load(Path.of("index/corpus")).articles());
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/corpus"))) {
            dirs.filter(Files::isDirectory)
                    .sorted()
                    .forEach(d -> out.addAll(LOADER.load(d).articles()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static Corpus corpus(List<Article> articles) {
        return new Corpus(
                articles,
                "articles-" + articles.stream().map(Article::id).toList().hashCode());
    }

    private static Corpus texts(String... texts) {
        List<String> ids = java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> String.valueOf((char) ('a' + i)))
                .toList();
        return LOADER.fromTexts(ids, List.of(texts));
    }

    private static Facts fresh(Corpus corpus) {
        return new FactExtractor(LEXICON).extract(corpus);
    }

    private static final String TALKS = "Kenya and Ethiopia held talks in Nairobi on 3 May. "
            + "Foreign Minister Amina Wekesa led Kenya's delegation and said the talks were useful.";
    private static final String TRADE = "Chile and Peru signed a fisheries accord in Lima on 9 June. "
            + "Trade Minister Rosa Quispe said the accord would be reviewed in a year.";
    private static final String OKWANY_ALONE =
            "The envoys met again in Mombasa on 5 May. " + "Okwany said the border commission would meet monthly.";
    private static final String OKWANY_IN_FULL =
            "Daniel Okwany, Kenya's special envoy, arrived in Mombasa on 4 May. " + "He said he expected a long week.";

    @Test
    void anAddedArticleIsTheOnlyOneReadWhenItGivesNoOtherNameAMeaning() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        extractor.extract(texts(TALKS, TRADE), cache);
        assertEquals(2, cache.count().read());
        Corpus three = texts(TALKS, TRADE, "Talks between Chile and Peru resumed in Lima on 10 June.");
        Facts facts = extractor.extract(three, cache);
        assertEquals(1, cache.count().read());
        assertEquals(2, cache.count().reused());
        assertEquals(fresh(three), facts);
    }

    @Test
    void aSurnameThatAnAddedArticleGivesInFullHasItsArticleReadAgain() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        Facts before = extractor.extract(texts(TALKS, TRADE, OKWANY_ALONE), cache);
        assertTrue(before.participants().stream().noneMatch(p -> p.name().contains("Okwany")), "a lone surname");
        Corpus four = texts(TALKS, TRADE, OKWANY_ALONE, OKWANY_IN_FULL);
        Facts after = extractor.extract(four, cache);
        assertEquals(2, cache.count().read(), "the new article and the one naming Okwany alone");
        assertEquals(2, cache.count().reused());
        assertEquals(fresh(four), after);
        assertTrue(after.bySentence().get("c#1#2").people().contains("Daniel Okwany"), "c read with the full name");
    }

    @Test
    void removingTheArticleThatGaveAFullNameReadsTheSurnameAgain() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        extractor.extract(texts(TALKS, TRADE, OKWANY_ALONE, OKWANY_IN_FULL), cache);
        Corpus three = texts(TALKS, TRADE, OKWANY_ALONE);
        Facts after = extractor.extract(three, cache);
        assertEquals(1, cache.count().read());
        assertEquals(fresh(three), after);
        assertFalse(after.bySentence().get("c#1#2").people().contains("Daniel Okwany"));
    }

    @Test
    void aChangedArticleIsReadAgain() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        extractor.extract(texts(TALKS, TRADE), cache);
        Corpus changed = texts(TALKS, TRADE.replace("in a year", "in two years"));
        Facts after = extractor.extract(changed, cache);
        assertEquals(1, cache.count().read());
        assertEquals(fresh(changed), after);
        assertTrue(after.participants().stream()
                .filter(p -> p.name().equals("Rosa Quispe"))
                .allMatch(p -> p.citation().quote().endsWith("in two years.")));
        assertTrue(after.participants().stream().anyMatch(p -> p.name().equals("Rosa Quispe")));
    }

    @Test
    void aCountryOnlyTheCorpusNamesHasTheArticlesNamingItReadAgain() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        String observed = TALKS + " A Kestrian observer attended.";
        Facts before = extractor.extract(texts(observed, TRADE), cache);
        assertEquals(List.of(), before.bySentence().get("a#1#3").parties(), "a demonym alone is no country");
        Corpus three =
                texts(observed, TRADE, "Kestria and Ethiopia met in Nairobi. The Kestrian delegation left early.");
        Facts after = extractor.extract(three, cache);
        assertEquals(2, cache.count().read(), "the new article, and the one naming Kestrians");
        assertEquals(1, cache.count().reused());
        assertEquals(fresh(three), after);
        assertEquals(List.of("Kestria"), after.bySentence().get("a#1#3").parties());
    }

    /** "Vea" written plain in one article and with a combining accent in another is one country, whatever its length. */
    @Test
    void aCountryWrittenShorterElsewhereStillReachesThatArticle() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        String plain = "Delegates from Vea arrived in Nairobi on 3 May.";
        extractor.extract(texts(plain, TRADE), cache);
        Corpus three = texts(plain, TRADE, "Ve\u0301a rejected the plan. The Ve\u0301an envoy left early.");
        Facts after = extractor.extract(three, cache);
        assertEquals(2, cache.count().read());
        assertEquals(fresh(three), after);
        assertFalse(after.bySentence().get("a#1#1").parties().isEmpty(), "Vea is a country of the corpus's own");
        Corpus back = texts(plain, TRADE);
        assertEquals(fresh(back), extractor.extract(back, cache));
        assertEquals(1, cache.count().read(), "the article naming Vea, read again without the country");
    }

    @Test
    void readingsMadeWithAnotherLexiconAreNotReused() {
        FactCache cache = new FactCache();
        new FactExtractor(LEXICON).extract(texts(TALKS, TRADE), cache);
        new FactExtractor(Extract.lexicon()).extract(texts(TALKS, TRADE), cache);
        assertEquals(2, cache.count().read());
    }

    @Test
    void citationsPointIntoTheNewCorpus() {
        FactCache cache = new FactCache();
        FactExtractor extractor = new FactExtractor(LEXICON);
        extractor.extract(texts(TALKS, TRADE), cache);
        Corpus again = texts(TALKS, TRADE);
        Facts facts = extractor.extract(again, cache);
        assertEquals(0, cache.count().read());
        Participant wekesa = facts.participants().stream()
                .filter(p -> p.name().equals("Amina Wekesa"))
                .findFirst()
                .orElseThrow();
        // the same article object, not an equal one from the corpus before: the engine compares by identity
        assertTrue(wekesa.citation().article() == again.articles().get(0));
    }

    /**
     * Any corpus after any other, drawn from 73 real and fixture articles (adding, removing and reordering several at
     * once): the facts are a fresh reading's.
     */
    @Test
    void anySequenceOfCorporaGivesTheFactsOfAFreshReading() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage reused = fuzz.coverage("a step that reused some articles");
        // Each example reads 20 neighbouring articles, so that one corpus shares some with the next.
        int window = 20;
        fuzz.qt(12)
                .forAll(
                        integers().between(0, ALL.size() - window),
                        lists().of(lists().of(integers().between(0, window - 1)).ofSizeBetween(1, 12))
                                .ofSizeBetween(2, 4))
                .checkAssert((from, steps) -> {
                    FactCache cache = new FactCache();
                    FactExtractor extractor = new FactExtractor(LEXICON);
                    boolean anyReused = false;
                    for (List<Integer> step : steps) {
                        Corpus corpus = corpus(step.stream()
                                .distinct()
                                .map(i -> ALL.get(from + i))
                                .toList());
                        assertEquals(fresh(corpus), extractor.extract(corpus, cache), "corpus " + step);
                        anyReused |= cache.count().reused() > 0;
                    }
                    reused.collect(anyReused);
                });
        reused.assertMoreThan(0);
    }
}
