package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicon;
import org.parley.config.Lexicons;

/** MentionFinder reads its words from the lexicon's names: section, so a word added there changes what it finds. */
class MentionFinderLexiconTest {

    private static final String TEXT = "Karl zu Guttenberg met Anna Berg in the capital.";

    @Test
    void aParticleAddedToTheLexiconJoinsTheNameItStandsIn(@TempDir Path home) throws IOException {
        assertEquals(List.of("Anna Berg"), names(Lexicons.repository()), "\"zu\" is no particle by default");

        Lexicon withZu = Lexicons.withAdded(home, "/names/particles", "zu");

        assertEquals(List.of("Karl zu Guttenberg", "Anna Berg"), names(withZu));
    }

    @Test
    void anHonorificAddedToTheLexiconLetsAnEarlierTitleNameTheRole(@TempDir Path home) throws IOException {
        String text = "Veltria's transport minister, Ambassador Ilse Brandauer, said the talks went well.";
        assertEquals(List.of("Ambassador"), roles(Lexicons.repository(), text), "by default the nearest title");

        Lexicon withAmbassador = Lexicons.withAdded(home, "/names/honorifics", "ambassador");

        assertEquals(List.of("transport minister"), roles(withAmbassador, text));
    }

    private static List<String> names(Lexicon lexicon) {
        return find(lexicon, TEXT).stream().map(NameMention::name).toList();
    }

    private static List<String> roles(Lexicon lexicon, String text) {
        return find(lexicon, text).stream().map(NameMention::role).toList();
    }

    private static List<NameMention> find(Lexicon lexicon, String text) {
        MentionFinder finder = new MentionFinder(lexicon, Map.of());
        List<Token> tokens = Token.of(text);
        return finder.names(text, tokens, finder.parties(text, tokens), single -> null);
    }
}
