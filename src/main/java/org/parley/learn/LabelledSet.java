package org.parley.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A question set and the corpus it is about: one JSON object a line, {@code {"q": "...", "gold": ["verbatim
 * substring", ...]}}, an empty gold list meaning the corpus does not answer it (the format of
 * {@code qa-eval}).
 */
record LabelledSet(Path questions, Path corpus, List<Labelled> items) {

    record Labelled(String question, List<String> gold) {
        boolean answerable() {
            return !gold.isEmpty();
        }

        /** Whether a quote holds one of the gold substrings, compared as qa-eval compares them. */
        boolean answeredBy(String quote) {
            String q = normalise(quote);
            return !q.isEmpty() && gold.stream().anyMatch(g -> q.contains(normalise(g)));
        }
    }

    /** "QUESTIONS.jsonl=CORPUS_DIR". */
    static LabelledSet parse(String spec) throws IOException {
        int eq = spec.lastIndexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("a set is QUESTIONS.jsonl=CORPUS_DIR, not " + spec);
        Path questions = Path.of(spec.substring(0, eq)), corpus = Path.of(spec.substring(eq + 1));
        ObjectMapper json = new ObjectMapper();
        List<Labelled> items = new ArrayList<>();
        for (String line : Files.readAllLines(questions)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            List<String> gold = new ArrayList<>();
            n.path("gold").forEach(g -> gold.add(g.asText()));
            items.add(new Labelled(n.path("q").asText(), List.copyOf(gold)));
        }
        return new LabelledSet(questions, corpus, List.copyOf(items));
    }

    /** Curly quotes and dashes as plain ones, runs of white space as one, lower case. */
    static String normalise(String s) {
        if (s == null) return "";
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }
}
