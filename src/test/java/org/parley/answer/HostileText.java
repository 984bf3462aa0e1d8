package org.parley.answer;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What people (and articles) may send Parley, for the fuzz properties: odd Unicode, Lucene query syntax,
 * invisible characters, Discord markdown and mention tricks, and mixtures of them all. Every generator makes
 * well-formed UTF-16 (Discord and UTF-8 files never deliver a lone surrogate) except {@link #anyUtf16()}.
 * Ids in generated mention syntax have at most 15 digits, so they never equal the 19-digit ids a test gives
 * Parley as its own (askers, moderators, channels). Failing values are shown as Java literals ({@link #literal}).
 */
public final class HostileText {

    private HostileText() {}

    /** Words from the Riyadh article and its questions, so some mixtures get real answers. */
    private static final List<String> WORDS = List.of(
            "Who",
            "took",
            "part",
            "What",
            "was",
            "agreed",
            "Rubio",
            "Lavrov",
            "Riyadh",
            "sanctions",
            "objected",
            "why",
            "Ukraine",
            "talks",
            "Where",
            "When",
            "did",
            "meet",
            "the",
            "Saudi",
            "Arabia",
            "Witkoff",
            "Europe",
            "ceasefire",
            "embassies",
            "Zelenskyy",
            "attend",
            "Macron",
            "and",
            "Marco",
            "Sergey",
            "Putin",
            "Trump",
            "teams",
            "war",
            "?",
            "Who objected, and why?");

    /** Words of the hostile fixture's ferry deal ({@code corpus/hostile}). */
    public static final List<String> WORDS_ABOUT_EBBE = List.of(
            "Who",
            "What",
            "When",
            "agreed",
            "objected",
            "ferry",
            "Ebbe",
            "Marrow",
            "Vey",
            "Quill",
            "Keldara",
            "Norvania",
            "communique",
            "harbour",
            "dock",
            "fees",
            "timetable",
            "union",
            "ratify",
            "Deleuze",
            "chaired",
            "rejected",
            "@everyone",
            "<@&123>",
            "**ferry**",
            "?");

    private static final List<String> MARKDOWN_TRICKS = List.of(
            "@everyone",
            "@here",
            "@Everyone",
            "@@everyone",
            "x@everyone",
            "\\@everyone",
            "@\u200Beveryone",
            "||spoiler||",
            "`code`",
            "```\ncode\n```",
            "``",
            "**bold**",
            "__under__",
            "~~strike~~",
            "*it*",
            "_it_",
            "\n> quote",
            "\n>>> block",
            "\n# heading",
            "\n## heading",
            "\n### h",
            "\n-# subtext",
            "\n- item",
            "\n* item",
            "\n1. item",
            "\\",
            "\\*",
            "\\\\",
            "[text](https://evil)",
            "[@everyone](https://evil.example/x)",
            "[**x**](<https://evil>)",
            "<https://evil>",
            "https://evil.example",
            "<t:1700000000:R>",
            "<:emoji:123>",
            "<a:emoji:123>",
            "<\\@123>",
            "<@<@123>>",
            "<<@&456>>",
            "<",
            ">",
            "<@",
            "<@!",
            "<#",
            "</",
            "](",
            "[",
            "]",
            "(",
            ")",
            "#",
            "-",
            ">",
            "|",
            "~",
            "_",
            "*",
            "`");

    private static final List<String> LUCENE = List.of(
            "field:value",
            "title:Riyadh",
            "\"phrase",
            "\"Marco Rubio\"",
            "*",
            "?",
            "~",
            "~2",
            "^",
            "^3",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            "AND",
            "OR",
            "NOT",
            "&&",
            "||",
            "!",
            "+",
            "-",
            "\\",
            "/regex.*/",
            ":",
            "TO",
            "[a TO z]",
            "{* TO *}",
            "Rub*",
            "Lav?ov",
            "talks~0.8",
            "Rubio^100",
            "\\\\\\",
            "\"\"",
            "((((",
            "))))",
            "*:*",
            "_id:1");

    /** Sentence frames the fact extractor reads (people, outcomes, objections, open questions), hostile text inside. */
    private static final List<String> FRAMES = List.of(
            "Foreign Minister Ilsa Marrow said %s.",
            "Keldaran envoy Tomas Vey and Norvanian minister Arno Pell met in Port Ebbe to discuss %s.",
            "The two sides agreed to %s.",
            "Opposition leader Dara Quill rejected the deal, saying %s.",
            "It remains unclear whether %s.",
            "%s",
            "The talks were chaired by %s, a harbour official.");

    /** Mention syntax with ids of at most 15 digits. */
    public static Gen<String> mentions() {
        Gen<String> id = longs().between(0, 999_999_999_999_999L).map(n -> Long.toString(n));
        return Generate.oneOf(
                        Generate.pick(MARKDOWN_TRICKS),
                        pick("<@123>", "<@!123>", "<@&456>", "<#789>", "</cmd:1>"),
                        id.map(i -> "<@" + i + ">"),
                        id.map(i -> "<@!" + i + ">"),
                        id.map(i -> "<@&" + i + ">"),
                        id.map(i -> "<#" + i + ">"),
                        id.map(i -> "</ask question:" + i + ">"))
                .describedAs(HostileText::literal);
    }

    /** Surrogate pairs, right-to-left marks and scripts, combining marks, and anything else well-formed. */
    public static Gen<String> unicode() {
        Gen<String> astral = join(Generate.range(0x10000, 0x10FFFF).map(Character::toString), 1, 8, "");
        Gen<String> emoji = pick(
                "\uD83D\uDC4D",
                "\uD83C\uDDFA\uD83C\uDDF8",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "\u2753",
                "\uD835\uDC00",
                "\uD83E\uDD37\uD83C\uDFFD\u200D\u2640\uFE0F");
        Gen<String> rtl = Generate.oneOf(
                pick(
                        "\u200F", "\u200E", "\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067",
                        "\u2068", "\u2069", "\u061C"),
                chars(charRange('\u0590', '\u06FF'), 1, 20));
        Gen<String> combining = chars(Generate.pick(withChars(rangeOf('\u0300', '\u036F'), '\u20DD', '\u0489')), 1, 30)
                .map(marks -> "e" + marks);
        Gen<String> anyBmp = chars(charRange(Character.MIN_VALUE, Character.MAX_VALUE), 0, 30)
                .map(HostileText::wellFormed);
        return Generate.oneOf(astral, emoji, rtl, combining, anyBmp).describedAs(HostileText::literal);
    }

    /** Every UTF-16 unit, lone surrogates included: what a corrupted client or a JSON escape could still deliver. */
    public static Gen<String> anyUtf16() {
        return chars(charRange(Character.MIN_VALUE, Character.MAX_VALUE), 0, 200)
                .describedAs(HostileText::literal);
    }

    /** Control, format and zero-width characters. */
    public static Gen<String> invisible() {
        List<Character> invisible = withChars(
                rangeOf('\u0000', '\u001F'),
                '\u007F',
                '\u0085',
                '\u00A0',
                '\u00AD',
                '\u061C',
                '\u180E',
                '\u200B',
                '\u200C',
                '\u200D',
                '\u2028',
                '\u2029',
                '\u2060',
                '\u2061',
                '\u2063',
                '\u3000',
                '\uFEFF',
                '\uFFF9',
                '\uFFFC',
                '\uFFFD');
        return chars(Generate.pick(invisible), 1, 8).describedAs(HostileText::literal);
    }

    /** Lucene query syntax among the article's words: fields, phrases, wildcards, fuzzy, boosts, groups, operators. */
    public static Gen<String> lucene() {
        Gen<String> token = Generate.oneOf(
                Generate.pick(LUCENE),
                Generate.pick(WORDS),
                Generate.pick(WORDS).zip(pick("~", "~2", "^4", "*", "?", ":", "\""), String::concat),
                Generate.pick(WORDS).map(w -> "field:" + w));
        return join(token, 1, 12, " ").describedAs(HostileText::literal);
    }

    /** Questions made of the article's own words: the engine may answer these. */
    public static Gen<String> words() {
        return join(Generate.pick(WORDS), 1, 10, " ").map(q -> q + "?").describedAs(HostileText::literal);
    }

    /** Pieces of every kind, joined with nothing, spaces or line breaks. */
    public static Gen<String> mixture() {
        Gen<String> piece = Generate.oneOf(unicode(), invisible(), lucene(), mentions(), words());
        Gen<String> separator = pick("", " ", " ", "\n", "\n\n", "\t", "\r\n");
        return join(piece.zip(separator, String::concat), 1, 12, "").describedAs(HostileText::literal);
    }

    /** Any of the above, mixtures most often. */
    public static Gen<String> text() {
        return Generate.frequency(List.of(
                        Pair.of(4, mixture()),
                        Pair.of(2, words()),
                        Pair.of(1, unicode()),
                        Pair.of(1, lucene()),
                        Pair.of(1, mentions()),
                        Pair.of(1, invisible())))
                .describedAs(HostileText::literal);
    }

    /** A 100,000-character question: a mixture repeated, one unbroken word, or words and odd Unicode. */
    public static Gen<String> huge() {
        return Generate.oneOf(
                        mixture().map(s -> repeat(s.isEmpty() ? "x" : s, 100_000)),
                        pick("a", "\u05D0", "\uD83D\uDC4D", "e\u0301", "@everyone", "*", "\\")
                                .map(s -> repeat(s, 100_000)),
                        words().zip(unicode(), (w, u) -> repeat(w + " " + u + " ", 100_000)))
                .describedAs(HostileText::literal);
    }

    /**
     * A whole article as a file would hold it: sometimes front matter (with a hostile title and link), then
     * paragraphs of sentences whose frames the fact extractor reads and whose words are hostile.
     */
    public static Gen<String> article() {
        Gen<String> sentence = Generate.pick(FRAMES).zip(text(), (frame, t) -> frame.formatted(t));
        Gen<String> paragraph = join(sentence, 1, 5, " ");
        Gen<String> front = Generate.oneOf(
                Generate.constant(""),
                text().zip(
                                mentions(),
                                (title, trick) -> "---\ntitle: \""
                                        + oneLine(title + trick).replace("\"", "") + "\"\nurl: \"https://evil.example/"
                                        + oneLine(trick).replace("\"", "") + "\"\n---\n"));
        return front.zip(
                        lists().of(paragraph).ofSizeBetween(1, 6),
                        (f, paragraphs) -> f + String.join("\n\n", paragraphs) + "\n")
                .describedAs(HostileText::literal);
    }

    /** One of {@code values}, each as likely. */
    @SafeVarargs
    public static <T> Gen<T> pick(T... values) {
        return Generate.pick(List.of(values));
    }

    /** {@code min} to {@code max} values of {@code part}, joined with {@code separator}. */
    public static Gen<String> join(Gen<String> part, int min, int max, String separator) {
        return lists().of(part).ofSizeBetween(min, max).map(l -> String.join(separator, l));
    }

    /** {@code min} to {@code max} units, each one of {@code alphabet}'s: ids, file names. */
    public static Gen<String> of(String alphabet, int min, int max) {
        return chars(Generate.pick(alphabet.chars().mapToObj(c -> (char) c).toList()), min, max);
    }

    /** Any UTF-16 unit from {@code first} to {@code last}, assigned or not, surrogates included. */
    private static Gen<Character> charRange(char first, char last) {
        return Generate.range(first, last).map(c -> (char) c.intValue());
    }

    private static Gen<String> chars(Gen<Character> unit, int min, int max) {
        return lists().of(unit).ofSizeBetween(min, max).map(units -> {
            StringBuilder out = new StringBuilder(units.size());
            units.forEach(out::append);
            return out.toString();
        });
    }

    private static List<Character> rangeOf(char first, char last) {
        List<Character> out = new ArrayList<>();
        for (char c = first; c <= last; c++) out.add(c);
        return out;
    }

    private static List<Character> withChars(List<Character> range, Character... more) {
        List<Character> out = new ArrayList<>(range);
        out.addAll(List.of(more));
        return out;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\s\\p{Cc}]+", " ");
    }

    private static String repeat(String unit, int length) {
        String out = unit.repeat(length / unit.length() + 1).substring(0, length);
        // Ending on half a pair would not be well-formed: end on a letter instead.
        return Character.isHighSurrogate(out.charAt(length - 1)) ? out.substring(0, length - 1) + "x" : out;
    }

    /**
     * {@code s} as a Java string literal, every unit outside printable ASCII escaped, so a failing value can be
     * pasted into a regression test as it is; past 2,000 units only its start and length are shown (its seed
     * reproduces it whole).
     */
    public static String literal(String s) {
        if (s == null) return "null";
        String shown = s.length() > 2_000 ? s.substring(0, 2_000) : s;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append('"');
        return s.length() > 2_000 ? out + "\u2026 (" + s.length() + " units)" : out.toString();
    }

    /** Drops lone surrogates, keeping pairs. */
    public static String wellFormed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether every surrogate in {@code s} is half of a pair. */
    public static boolean isWellFormed(String s) {
        return s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }
}
