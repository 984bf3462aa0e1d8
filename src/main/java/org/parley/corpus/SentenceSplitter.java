package org.parley.corpus;

import static org.parley.config.WordPatterns.anyOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.config.SplitterWords;

/**
 * Splits news prose into sentences. A boundary is a terminal mark (. ! ? …), optionally followed by
 * closing quotes or brackets, then white space, then something that can start a sentence. A period is
 * not a boundary after a title abbreviation ("Gen."), a single initial ("J. D. Vance"), or a dotted
 * acronym ("U.S.") unless the next word is one that typically opens a sentence. This is why
 * {@link java.text.BreakIterator}, which cuts after "U.S.", is not used.
 */
public final class SentenceSplitter {

    private static final Pattern CANDIDATE =
            Pattern.compile("([.!?\u2026]+)([\"'\u201d\u2019)\\]]*)(\\s+)(?=[\"'\u201c\u2018(\\[]?[\\p{Lu}\\p{N}])");

    /** A quotation longer than this is split after all, so one citation never swallows a speech. */
    private static final int MAX_QUOTED_SENTENCE = 400;

    /**
     * A run of text longer than this with no sentence end is cut into pieces, at a clause break or a space: a
     * quote must fit a Discord message, and fact extraction reads each sentence once per name in it, so a
     * one-line article of 10,000 words took 16 s (150,000 words: hours). The longest sentence in the 50 articles
     * the model is fit on has 739 characters, so no real sentence is cut.
     */
    static final int MAX_SENTENCE = 1_000;

    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.\\-]+)$");

    private final SplitterWords words;
    /** "Zelenskyy asked", "said Mr. Roe": an attribution that belongs to the quotation before it. */
    private final Pattern attribution;
    /** "Washington time" after a clock time: a capitalised word that names the clock's zone, not a new sentence. */
    private final Pattern timeZone;

    /** @param words the lexicon's abbreviations, sentence openers, clock times and attribution verbs */
    public SentenceSplitter(SplitterWords words) {
        this.words = words;
        this.attribution = Pattern.compile("^(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){1,3}" + anyOf(words.attributedAfter())
                + "\\b|" + anyOf(words.attributedBefore()) + "\\s)");
        this.timeZone = Pattern.compile("^\\s*\\p{Lu}[\\p{L}\\-]*\\s+(?i:" + anyOf(words.timeZoneNouns()) + ")\\b");
    }

    /** The lexicon's words for cutting articles: the parser reads its byline openers too. */
    SplitterWords words() {
        return words;
    }

    /** Splits {@code paragraph}; offsets in the result are relative to {@code base}. */
    public List<Sentence> split(String paragraph, int base) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            int markStart = m.start(1);
            if (!isBoundary(paragraph, markStart, m.group(1), m.end())) {
                continue;
            }
            if (insideQuote(paragraph, start, m.end(2)) && m.end(2) - start < MAX_QUOTED_SENTENCE) {
                continue; // a quotation stays whole, with its attribution: "… Russians. We hope …," Rubio said.
            }
            int end = m.end(2);
            add(sentences, paragraph, start, end, base);
            start = m.end();
        }
        add(sentences, paragraph, start, paragraph.length(), base);
        return sentences;
    }

    /** Whether a quotation opened since {@code from} is still open at {@code at}. */
    private static boolean insideQuote(String text, int from, int at) {
        int curly = 0, straight = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') curly++;
            else if (c == '\u201D') curly = Math.max(0, curly - 1);
            else if (c == '"') straight++;
        }
        return curly > 0 || straight % 2 == 1;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int base) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end - start > MAX_SENTENCE) {
            int cut = cutBefore(text, start, start + MAX_SENTENCE);
            addPiece(out, text, start, cut, base);
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        }
        addPiece(out, text, start, end, base);
    }

    /** Where to end a piece that may run to {@code limit}: after its last clause break, else its last space. */
    private static int cutBefore(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (int i = limit - 1; i > half; i--) {
            char c = text.charAt(i);
            if ((c == ';' || c == ',' || c == ':') && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        for (int i = limit - 1; i > half; i--) if (Character.isWhitespace(text.charAt(i))) return i;
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit; // one long word: never split a pair
    }

    private static void addPiece(List<Sentence> out, String text, int start, int end, int base) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) {
            out.add(new Sentence(out.size() + 1, text.substring(start, end), base + start, base + end));
        }
    }

    private boolean isBoundary(String text, int markStart, String mark, int nextStart) {
        if (!mark.startsWith(".") || mark.length() > 1) {
            // ! ? … end sentences when a capital follows, except a quoted question and its attribution:
            // “Are we ready?” Zelenskyy asked.
            boolean quoted = nextStart > markStart + mark.length()
                    && "\"'\u201d\u2019".indexOf(text.charAt(markStart + mark.length())) >= 0;
            return !(quoted
                    && attribution
                            .matcher(text.substring(nextStart, Math.min(text.length(), nextStart + 60)))
                            .find());
        }
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, markStart - 40), markStart));
        if (!w.find()) {
            return true;
        }
        String token = w.group(1);
        String bare = token.replaceAll("^[.\\-]+", "");
        String lower = bare.toLowerCase(Locale.ROOT);
        if (words.abbreviations().contains(lower)) {
            // "Gen." and "No. 10" are abbreviations; "Kyiv said no. The Kremlin …" ends a sentence.
            return !(Character.isUpperCase(bare.charAt(0)) || Character.isDigit(firstChar(text, nextStart)));
        }
        if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
            return false; // an initial: "J. D. Vance"
        }
        if (isDottedAcronym(bare)) {
            String next = nextWord(text, nextStart);
            if (words.clockTimes().contains(lower)) {
                // "11 a.m. Reinholt said" ends; "11 a.m. GMT" and "4:44 a.m. Washington time" do not
                // ("3 a.m. This time, …" ends: a word that opens sentences names no zone)
                return !next.equals(next.toUpperCase(Locale.ROOT))
                        && (words.sentenceOpeners().contains(next.toLowerCase(Locale.ROOT))
                                || !timeZone.matcher(text.substring(nextStart)).find());
            }
            return words.sentenceOpeners().contains(next.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** "U.S", "U.N", "e.g": letters separated by periods (the final period is the candidate mark). */
    private static boolean isDottedAcronym(String token) {
        int tail = token.lastIndexOf('-');
        String core = tail >= 0 ? token.substring(tail + 1) : token;
        return core.matches("(\\p{L}\\.)+\\p{L}");
    }

    private static char firstChar(String text, int from) {
        return from < text.length() ? text.charAt(from) : ' ';
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) j++;
        return text.substring(i, j);
    }
}
