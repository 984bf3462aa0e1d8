package org.parley.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A mapping of config/lexicon.yaml whose word lists the code cannot do without: a missing list is reported by
 * name rather than read as empty, since an empty stop-word list would quietly change every answer.
 */
final class LexiconSection {

    private final JsonNode node;
    private final String path;

    LexiconSection(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    LexiconSection section(String key) {
        return new LexiconSection(node.path(key), path + "." + key);
    }

    /** The list under {@code key}, in lower case, in its order. */
    List<String> list(String key) {
        JsonNode array = node.path(key);
        if (!array.isArray()) {
            throw new ConfigException("The lexicon has no list " + path + "." + key
                    + ": copy it from the default config/lexicon.yaml, which documents it.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode entry : array) {
            // YAML reads a bare no, on or yes as true or false: the word is lost unless it is quoted.
            if (!entry.isTextual()) {
                throw new ConfigException("The lexicon's " + path + "." + key + " holds " + entry.asText()
                        + ", which YAML reads as a "
                        + entry.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ", not a word: put the word in quotes (\"no\", \"on\").");
            }
            out.add(entry.asText().strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    /** The word-to-word mapping under {@code key}, both sides in lower case. */
    Map<String, String> map(String key) {
        JsonNode object = node.path(key);
        if (!object.isObject()) {
            throw new ConfigException("The lexicon has no mapping " + path + "." + key
                    + ": copy it from the default config/lexicon.yaml, which documents it.");
        }
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                throw new ConfigException("The lexicon's " + path + "." + key + "." + e.getKey() + " is "
                        + e.getValue().asText() + ", not a word: put the word in quotes.");
            }
            out.put(
                    e.getKey().strip().toLowerCase(Locale.ROOT),
                    e.getValue().asText().strip().toLowerCase(Locale.ROOT));
        });
        return Map.copyOf(out);
    }

    Set<String> set(String key) {
        return Set.copyOf(list(key));
    }
}
