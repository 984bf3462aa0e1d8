package org.parley.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds whole-word occurrences of any phrase from a cue list, ignoring case. Public: the quiz reads the same cues. */
public final class CuePattern {

    private final Pattern pattern;

    public CuePattern(List<String> phrases) {
        if (phrases.isEmpty()) {
            pattern = null;
            return;
        }
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"))
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile(
                "(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** [start, end) of every occurrence, left to right, not overlapping. */
    public List<int[]> find(CharSequence text) {
        List<int[]> spans = new ArrayList<>();
        if (pattern == null) return spans;
        Matcher m = pattern.matcher(text);
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        return spans;
    }

    public boolean in(CharSequence text) {
        return pattern != null && pattern.matcher(text).find();
    }
}
