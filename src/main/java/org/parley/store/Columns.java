package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.parley.answer.Answer;
import org.parley.answer.Citation;

/** How parts of an answer and lists of strings are written to columns, the same way everywhere. */
final class Columns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Columns() {}

    /** "Title, paragraph 3": where a quote stands, as people read it. */
    static String label(Citation c) {
        return c.title() + ", paragraph " + c.paragraph();
    }

    static List<String> labels(Answer answer) {
        return answer.citations().stream().map(Columns::label).toList();
    }

    /** The first verbatim quote, "" when the answer cites nothing (a refusal). */
    static String firstQuote(Answer answer) {
        return answer.citations().isEmpty() ? "" : answer.citations().get(0).quote();
    }

    static String firstLabel(Answer answer) {
        return answer.citations().isEmpty() ? "" : label(answer.citations().get(0));
    }

    /** A list of strings as a JSON array: portable TEXT, and no separator a string could contain. */
    static String list(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    static List<String> list(String json) {
        try {
            List<String> out = new ArrayList<>();
            for (JsonNode value : JSON.readTree(json)) out.add(value.asText());
            return out;
        } catch (JsonProcessingException e) {
            throw new StoreException("A stored list is not JSON: " + json, e);
        }
    }
}
