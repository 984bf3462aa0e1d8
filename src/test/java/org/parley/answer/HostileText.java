package org.parley.answer;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What people (and articles) may send Parley, for the fuzz properties: odd Unicode, Lucene query syntax,
 * invisible characters, Discord markdown and mention tricks, and mixtures of them all. Every generator makes
 * well-formed UTF-16 (Discord and UTF-8 files never deliver a lone surrogate) except {@link #anyUtf16()}.
 * Ids in generated mention syntax have at most 15 digits, so they never equal the 19-digit ids a test gives
 * Parley as its own (askers, moderators, channels).
 */
public final class HostileText {

    private HostileText() {}

    /** Words from the Riyadh article and its questions, so some mixtures get real answers. */
    private static final List<String> WORDS = List.of("Who", "took", "part", "What", "was", "agreed", "Rubio", "Lavrov",
            "Riyadh", "sanctions", "objected", "why", "Ukraine", "talks", "Where", "When", "did", "meet", "the",
            "Saudi", "Arabia", "Witkoff", "Europe", "ceasefire", "embassies", "Zelenskyy", "attend", "Macron", "and",
            "Marco", "Sergey", "Putin", "Trump", "teams", "war", "?", "Who objected, and why?");

    /** Words of the hostile fixture's ferry deal ({@code corpus/hostile}). */
    public static final List<String> WORDS_ABOUT_EBBE = List.of("Who", "What", "When", "agreed", "objected", "ferry",
            "Ebbe", "Marrow", "Vey", "Quill", "Keldara", "Norvania", "communique", "harbour", "dock", "fees", "timetable",
            "union", "ratify", "Deleuze", "chaired", "rejected", "@everyone", "<@&123>", "**ferry**", "?");

    private static final List<String> MARKDOWN_TRICKS = List.of("@everyone", "@here", "@Everyone", "@@everyone",
            "x@everyone", "\\@everyone", "@\u200Beveryone", "||spoiler||", "`code`", "```\ncode\n```", "``", "**bold**",
            "__under__", "~~strike~~", "*it*", "_it_", "\n> quote", "\n>>> block", "\n# heading", "\n## heading",
            "\n### h", "\n-# subtext", "\n- item", "\n* item", "\n1. item", "\\", "\\*", "\\\\", "[text](https://evil)",
            "[@everyone](https://evil.example/x)", "[**x**](<https://evil>)", "<https://evil>", "https://evil.example",
            "<t:1700000000:R>", "<:emoji:123>", "<a:emoji:123>", "<\\@123>", "<@<@123>>", "<<@&456>>", "<", ">", "<@",
            "<@!", "<#", "</", "](", "[", "]", "(", ")", "#", "-", ">", "|", "~", "_", "*", "`");

    private static final List<String> LUCENE = List.of("field:value", "title:Riyadh", "\"phrase", "\"Marco Rubio\"",
            "*", "?", "~", "~2", "^", "^3", "(", ")", "{", "}", "[", "]", "AND", "OR", "NOT", "&&", "||", "!", "+", "-",
            "\\", "/regex.*/", ":", "TO", "[a TO z]", "{* TO *}", "Rub*", "Lav?ov", "talks~0.8", "Rubio^100",
            "\\\\\\", "\"\"", "((((", "))))", "*:*", "_id:1");

    /** Sentence frames the fact extractor reads (people, outcomes, objections, open questions), hostile text inside. */
    private static final List<String> FRAMES = List.of("Foreign Minister Ilsa Marrow said %s.",
            "Keldaran envoy Tomas Vey and Norvanian minister Arno Pell met in Port Ebbe to discuss %s.",
            "The two sides agreed to %s.", "Opposition leader Dara Quill rejected the deal, saying %s.",
            "It remains unclear whether %s.", "%s", "The talks were chaired by %s, a harbour official.");

    /** Mention syntax with ids of at most 15 digits. */
    public static Arbitrary<String> mentions() {
        Arbitrary<String> id = Arbitraries.longs().between(0, 999_999_999_999_999L).map(String::valueOf);
        return Arbitraries.oneOf(Arbitraries.of(MARKDOWN_TRICKS),
                Arbitraries.of("<@123>", "<@!123>", "<@&456>", "<#789>", "</cmd:1>"),
                id.map(i -> "<@" + i + ">"), id.map(i -> "<@!" + i + ">"), id.map(i -> "<@&" + i + ">"),
                id.map(i -> "<#" + i + ">"), id.map(i -> "</ask question:" + i + ">"));
    }

    /** Surrogate pairs, right-to-left marks and scripts, combining marks, and anything else well-formed. */
    public static Arbitrary<String> unicode() {
        Arbitrary<String> astral = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)
                .list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDC4D", "\uD83C\uDDFA\uD83C\uDDF8",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u2753", "\uD835\uDC00",
                "\uD83E\uDD37\uD83C\uDFFD\u200D\u2640\uFE0F");
        Arbitrary<String> rtl = Arbitraries.oneOf(Arbitraries.of("\u200F", "\u200E", "\u202E", "\u202D", "\u202A",
                        "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C"),
                Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> combining = Arbitraries.strings().withCharRange('\u0300', '\u036F').withChars('\u20DD', '\u0489')
                .ofMinLength(1).ofMaxLength(30).map(marks -> "e" + marks);
        Arbitrary<String> anyBmp = Arbitraries.strings().all().ofMaxLength(30).map(HostileText::wellFormed);
        return Arbitraries.oneOf(astral, emoji, rtl, combining, anyBmp);
    }

    /** Every UTF-16 unit, lone surrogates included: what a corrupted client or a JSON escape could still deliver. */
    public static Arbitrary<String> anyUtf16() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    /** Control, format and zero-width characters. */
    public static Arbitrary<String> invisible() {
        return Arbitraries.strings().withCharRange('\u0000', '\u001F')
                .withChars('\u007F', '\u0085', '\u00A0', '\u00AD', '\u061C', '\u180E', '\u200B', '\u200C', '\u200D',
                        '\u2028', '\u2029', '\u2060', '\u2061', '\u2063', '\u3000', '\uFEFF', '\uFFF9', '\uFFFC', '\uFFFD')
                .ofMinLength(1).ofMaxLength(8);
    }

    /** Lucene query syntax among the article's words: fields, phrases, wildcards, fuzzy, boosts, groups, operators. */
    public static Arbitrary<String> lucene() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(LUCENE), Arbitraries.of(WORDS),
                Combinators.combine(Arbitraries.of(WORDS), Arbitraries.of("~", "~2", "^4", "*", "?", ":", "\"")).as(String::concat),
                Arbitraries.of(WORDS).map(w -> "field:" + w));
        return token.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    /** Questions made of the article's own words: the engine may answer these. */
    public static Arbitrary<String> words() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(10).map(l -> String.join(" ", l) + "?");
    }

    /** Pieces of every kind, joined with nothing, spaces or line breaks. */
    public static Arbitrary<String> mixture() {
        Arbitrary<String> piece = Arbitraries.oneOf(unicode(), invisible(), lucene(), mentions(), words());
        Arbitrary<String> separator = Arbitraries.of("", " ", " ", "\n", "\n\n", "\t", "\r\n");
        return Combinators.combine(piece, separator).as(String::concat).list().ofMinSize(1).ofMaxSize(12)
                .map(l -> String.join("", l));
    }

    /** Any of the above, mixtures most often. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(Tuple.of(4, mixture()), Tuple.of(2, words()), Tuple.of(1, unicode()),
                Tuple.of(1, lucene()), Tuple.of(1, mentions()), Tuple.of(1, invisible()));
    }

    /** A 100,000-character question: a mixture repeated, one unbroken word, or words and odd Unicode. */
    public static Arbitrary<String> huge() {
        return Arbitraries.oneOf(
                mixture().map(s -> repeat(s.isEmpty() ? "x" : s, 100_000)),
                Arbitraries.of("a", "\u05D0", "\uD83D\uDC4D", "e\u0301", "@everyone", "*", "\\").map(s -> repeat(s, 100_000)),
                Combinators.combine(words(), unicode()).as((w, u) -> repeat(w + " " + u + " ", 100_000)));
    }

    /**
     * A whole article as a file would hold it: sometimes front matter (with a hostile title and link), then
     * paragraphs of sentences whose frames the fact extractor reads and whose words are hostile.
     */
    public static Arbitrary<String> article() {
        Arbitrary<String> sentence = Combinators.combine(Arbitraries.of(FRAMES), text()).as((frame, t) -> frame.formatted(t));
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join(" ", l));
        Arbitrary<String> front = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(text(), mentions()).as((title, trick) -> "---\ntitle: \""
                        + oneLine(title + trick).replace("\"", "") + "\"\nurl: \"https://evil.example/"
                        + oneLine(trick).replace("\"", "") + "\"\n---\n"));
        return Combinators.combine(front, paragraph.list().ofMinSize(1).ofMaxSize(6))
                .as((f, paragraphs) -> f + String.join("\n\n", paragraphs) + "\n");
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\s\\p{Cc}]+", " ");
    }

    private static String repeat(String unit, int length) {
        String out = unit.repeat(length / unit.length() + 1).substring(0, length);
        // Ending on half a pair would not be well-formed: end on a letter instead.
        return Character.isHighSurrogate(out.charAt(length - 1)) ? out.substring(0, length - 1) + "x" : out;
    }

    /** Drops lone surrogates, keeping pairs. */
    public static String wellFormed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether every surrogate in {@code s} is half of a pair. */
    public static boolean isWellFormed(String s) {
        return s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }
}
