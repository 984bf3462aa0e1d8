package org.parley.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.config.Lexicon;
import org.parley.config.Lexicons;

/** The question words come from the lexicon: a word added there changes how a question reads. */
class QuestionReaderLexiconTest {

    private static Question read(Lexicon lexicon, String question) throws Exception {
        EngineSettings base = Engines.settings("coral", false);
        try (AnswerEngine engine = AnswerEngine.open(new EngineSettings(
                base.corpus(), Optional.empty(), lexicon, false, base.maxCitations(), base.maxQuestionChars()))) {
            Question q = engine.prepare(question).question();
            assertTrue(q != null && !q.terms().isEmpty(), "read with search terms: " + question);
            return q;
        }
    }

    private static List<String> surfaces(Question q) {
        return q.terms().stream().map(QueryTerm::surface).toList();
    }

    @Test
    void anAddedSpeechVerbAsksForSomeonesWords(@TempDir Path home) throws Exception {
        String question = "What did Halvik grumble about the quotas?";
        Question plain = read(Lexicons.repository(), question);
        assertFalse(plain.asksWords());
        assertTrue(surfaces(plain).contains("grumble"), "an unknown verb is searched for: " + surfaces(plain));

        Question custom = read(Lexicons.withAdded(home, "/question/speech", "grumble"), question);
        assertTrue(custom.asksWords(), "grumble now asks for Halvik's words");
        assertFalse(surfaces(custom).contains("grumble"), "and is no longer a search term: " + surfaces(custom));
        assertTrue(surfaces(custom).contains("quotas"), surfaces(custom).toString());
    }

    @Test
    void anAddedFacetStemAndTypeWordChangeTheReading(@TempDir Path home) throws Exception {
        Question plain = read(Lexicons.repository(), "Whereabouts did Seluvia balk at the quotas?");
        assertEquals(QuestionType.OTHER, plain.type());
        assertEquals(Facet.NONE, plain.facet());

        Lexicon custom = Lexicons.edited(home, tree -> {
            ((ArrayNode) tree.at("/question/facets/objection")).add("balk*");
            ((ArrayNode) tree.at("/question/types/where")).add("whereabouts");
        });
        Question read = read(custom, "Whereabouts did Seluvia balk at the quotas?");
        assertEquals(QuestionType.WHERE, read.type());
        assertEquals(Facet.OBJECTIONS, read.facet());
    }

    @Test
    void phraseEntriesMatchWholeWordsWithStemsAndOptionalHyphens() {
        Pattern p = QuestionReader.anyOf(List.of("object*", "follow-up", "push back"));
        for (String yes :
                List.of("who objected", "an objection", "the follow-up", "a follow up", "any followup", "push back"))
            assertTrue(p.matcher(yes).find(), yes);
        for (String no : List.of("the subject", "subjected to", "following up", "pushback", "push backs"))
            assertFalse(p.matcher(no).find(), no);
        assertFalse(QuestionReader.anyOf(List.of()).matcher("anything").find(), "an empty list matches nothing");
    }

    @Test
    void theNounOfAFacetPhraseFramesTheQuestionLikeTheFacet(@TempDir Path home) throws Exception {
        // "at the table" is a participants phrase: "table" (a word the fixture never uses) is read as a framing word,
        // as "talks" is in "at the talks", and is not the noun the question turns on.
        Question table = read(Lexicons.repository(), "Was anyone from Seluvia at the table?");
        assertEquals(Facet.PARTICIPANTS, table.facet());
        QueryTerm framing = term(table, "table");
        assertTrue(framing.generic() && !framing.focus() && !framing.known(), framing.toString());

        // Outside such a phrase the same noun is still what the question asks about.
        QueryTerm focus = term(read(Lexicons.repository(), "What was the table of quotas?"), "table");
        assertTrue(focus.focus() && !focus.generic(), focus.toString());

        // The phrase comes from the lexicon: without it, "table" is the question's unknown focus again.
        Lexicon custom = Lexicons.edited(home, tree -> {
            ArrayNode participants = (ArrayNode) tree.at("/question/facets/participants");
            for (int i = participants.size() - 1; i >= 0; i--) {
                if (participants.get(i).asText().equals("at the table")) participants.remove(i);
            }
        });
        QueryTerm unframed = term(read(custom, "Was anyone from Seluvia at the table?"), "table");
        assertTrue(unframed.focus() && !unframed.generic(), unframed.toString());
    }

    private static QueryTerm term(Question q, String surface) {
        return q.terms().stream()
                .filter(t -> t.surface().equals(surface))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no term '" + surface + "' in " + surfaces(q)));
    }
}
