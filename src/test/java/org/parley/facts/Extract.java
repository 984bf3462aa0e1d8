package org.parley.facts;

import java.nio.file.Path;
import java.util.List;
import org.parley.config.ConfigLoader;
import org.parley.config.Lexicon;
import org.parley.corpus.CorpusLoader;

/** Facts as the product extracts them, with the repository's own lexicon: from a fixture, the first article, or text. */
final class Extract {

    private static final ConfigLoader LOADER = new ConfigLoader(Path.of("").toAbsolutePath(), n -> null);

    private Extract() {}

    static Lexicon lexicon() {
        return Lexicon.load(LOADER, LOADER.load());
    }

    /** A folder of {@code src/test/resources/corpus}. */
    static Facts fixture(String name) {
        return new FactExtractor(lexicon())
                .extract(new CorpusLoader().load(Path.of("src/test/resources/corpus", name)));
    }

    /** The article Parley ships with. */
    static Facts firstArticle() {
        return new FactExtractor(lexicon()).extract(new CorpusLoader().load(Path.of("index/corpus")));
    }

    /** One article per text, with ids "a", "b", … (titled "A", "B", …). */
    static Facts texts(String... texts) {
        List<String> ids = java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> String.valueOf((char) ('a' + i)))
                .toList();
        return new FactExtractor(lexicon()).extract(new CorpusLoader().fromTexts(ids, List.of(texts)));
    }
}
