package org.parley.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CuePattern tries its pattern only where a word that may start a phrase starts; it must find exactly what the
 * plain pattern finds anywhere in the text.
 */
class CuePatternTest {

    private static final List<String> PHRASES = List.of(
            "agreed",
            "agreed to",
            "ruled out",
            "don't",
            "co-operation",
            "walk out",
            "Kelvin",
            "sk",
            "rejected the deal");
    private static final List<String> TEXTS = List.of(
            "Both sides agreed to meet again, and the union ruled out a strike.",
            "They AGREED; nobody Ruled   Out anything.",
            "disagreed, agreedly, agreed.",
            "We don’t accept it, she said, and don't ask.",
            "Co-operation with the co-operation office resumed.",
            "The \u212Aelvin scale (Kelvin sign) and the ſk ligature test case folding.",
            "Pétain’s walk\u00A0out and the walkout and walk\tout.",
            "“Agreed to,” he said; then rejected the deal — rejected  the   deal.",
            "",
            "No cue here at all, just words.");

    @Test
    void findsWhatThePlainPatternFinds() {
        CuePattern cues = new CuePattern(PHRASES);
        Pattern plain = plain(PHRASES);
        int found = 0;
        for (String text : TEXTS) {
            List<String> expected = spans(plain.matcher(text));
            List<String> actual =
                    cues.find(text).stream().map(s -> s[0] + "-" + s[1]).toList();
            assertEquals(expected, actual, text);
            assertEquals(!expected.isEmpty(), cues.in(text), text);
            found += expected.size();
        }
        assertTrue(found > 10, "the texts hold many cues");
    }

    @Test
    void aPhraseThatDoesNotStartWithAnAsciiWordIsStillFound() {
        CuePattern cues = new CuePattern(List.of("über", "'til"));
        assertEquals(1, cues.find("Sie sind Über alles").size());
        assertTrue(cues.in("wait 'til dawn"));
        assertFalse(cues.in("until dawn"));
    }

    /** The pattern CuePattern builds, run the plain way: every position tried. */
    private static Pattern plain(List<String> phrases) {
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile(
                "(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String> spans(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
