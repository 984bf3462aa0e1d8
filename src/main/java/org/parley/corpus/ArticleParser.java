package org.parley.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one published article (plain text or markdown, optional YAML front matter) into sections,
 * paragraphs and sentences. Whitespace inside a paragraph is folded to single spaces so quotes read
 * cleanly; every offset refers to {@link Article#text()}, the body with paragraphs joined by blank lines.
 */
public final class ArticleParser {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ArticleParser.class);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /**
     * An interviewer's question on a line of its own, in bold: "**Did the Front agree to disarm?**". It is no text of
     * the article: read as a sentence it was cited as its own answer, and listed as an open question. It is no
     * heading either: the editor's headings ("## What comes next") name the sections, and the facts read them.
     */
    private static final Pattern MD_BOLD_QUESTION = Pattern.compile("^(\\*\\*|__)([^*_\\n]+\\?)\\1$");

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^)]+)\\)");
    /** Bold and italic marks, with stars or underscores; an underscore inside a word ("dock_fees") is no mark. */
    private static final Pattern MD_EMPHASIS = Pattern.compile(
            "(\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])" + "|(?<![\\w_])_(?=\\S)|(?<=\\S)_(?![\\w_]))");
    /** An HTML character reference, which markdown allows: "&amp;", "&#8220;", "&#x2014;". */
    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));");
    /** The named references news copy carries; any other name is left as written. */
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("nbsp", " "), // a plain space: the splitter and the index fold white space, and only that
            Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"),
            Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201C"),
            Map.entry("rdquo", "\u201D"));

    private static final Pattern MD_IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final int MAX_HEADING_CHARS = 90;
    private static final int MAX_HEADING_WORDS = 12;
    /** A credit line is a line of names: a longer paragraph opening "Reporting by" is text. */
    private static final int MAX_CREDIT_CHARS = 300;

    private static final int MAX_HEADLINE_CHARS = 160;

    /**
     * A markdown heading on a line of its own: "## Who was at the table?". A line that ends as a sentence does
     * ("# Not a heading: … as careless wire copy might.") does not make a plain file markdown.
     */
    private static final Pattern MD_HEADING_LINE = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S[^\\n]*?[^.!,;:\\s][ \\t]*$");

    /** Marks a block that was a list item (an invisible separator, removed before the text is read). */
    private static final String ITEM = "\u2063";

    /** Two list items on lines of their own ("- Both sides will …"), which plain text would run into one sentence. */
    private static final Pattern MD_LIST = Pattern.compile("(?m)^[-*][ \\t]+\\S[^\\n]*\\n[-*][ \\t]+\\S");

    private final SentenceSplitter splitter;
    /** "By Anna Lisk", "By Anna Lisk and Tom Reyes": a line of writers' names after a byline opener. */
    private final Pattern byline;
    /** "(Reporting by Mirela Tavish; editing by Sara Holm)": a wire service's credit line. */
    private final Pattern credit;

    public ArticleParser(SentenceSplitter splitter) {
        this.splitter = splitter;
        String name = "\\p{Lu}[\\p{L}.'\u2019\\-]*";
        this.byline = Pattern.compile(splitter.words().bylineOpeners().stream()
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining(
                        "|", "(?i:", ")\\s+" + name + "(?:(?:\\s+|,\\s*|\\s+and\\s+)" + name + "){0,7}")));
        this.credit = Pattern.compile(splitter.words().creditOpeners().stream()
                .map(o -> Pattern.quote(o).replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|", "^\\(?\\s*(?i:", ")\\s+\\p{Lu}")));
    }

    public Article parse(String id, String raw, boolean markdown) {
        String text = raw.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        JsonNode front = YAML.createObjectNode();
        if (text.startsWith("---\n")) {
            int close = text.indexOf("\n---", 3);
            if (close > 0) {
                front = readFrontMatter(id, text.substring(Math.min(4, close), close));
                int after = text.indexOf('\n', close + 4);
                text = after < 0 ? "" : text.substring(after + 1);
            } else {
                log.warn("{}: its front matter opens with --- but never closes; it is read as article text", id);
            }
        }
        field(front, "date")
                .filter(d -> !isDate(d))
                .ifPresent(
                        d -> log.warn("{}: its date \"{}\" is not a date (YYYY-MM-DD); it is shown as written", id, d));
        // A .txt written with markdown headings ("## Who was at the table?") or a list is read as markdown; its
        // first line may still be a plain headline.
        boolean plainFile = !markdown;
        markdown = markdown
                || MD_HEADING_LINE.matcher(text).find()
                || MD_LIST.matcher(text).find();
        List<String> blocks = blocks(markdown ? normaliseMarkdown(text) : text);
        String title = field(front, "title").orElse(null);
        List<Section> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        String currentTitle = Section.LEAD;
        StringBuilder body = new StringBuilder();
        int paragraphNumber = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            boolean item = block.startsWith(ITEM);
            if (item) block = block.substring(ITEM.length()).strip();
            if (plainFile && title == null && i == 0 && !block.startsWith("#") && isHeadline(block, blocks)) {
                title = block; // a plain-text article's first line, when it reads as a headline, is its title
                continue;
            }
            if (!block.contains("\n") && byline.matcher(block).matches()) {
                continue; // "By Anna Lisk": who wrote it, neither a heading nor a sentence of the article
            }
            if (markdown && !item && MD_BOLD_QUESTION.matcher(block).matches()) continue; // the interviewer asks
            if (credit.matcher(block).lookingAt() && block.length() <= MAX_CREDIT_CHARS) {
                continue; // "(Reporting by …; editing by …)": who worked on it
            }
            String heading = item
                    ? null // "- Tariffs fall to 5%" is no heading, however short
                    : markdown ? markdownHeading(block) : plainHeading(block, i, blocks);
            // A plain file read as markdown for its list keeps its plain headings ("Reactions" on a line alone).
            if (heading == null && !item && markdown && plainFile && !block.startsWith("#"))
                heading = plainHeading(block, i, blocks);
            if (heading != null) {
                if (title == null && sections.isEmpty() && current.isEmpty() && (!markdown || block.startsWith("# "))) {
                    title = heading; // a title line before any body text names the article
                    continue;
                }
                if (!current.isEmpty() || !currentTitle.equals(Section.LEAD)) {
                    sections.add(new Section(sections.size() + 1, currentTitle, current));
                }
                current = new ArrayList<>();
                currentTitle = heading;
                continue;
            }
            String paragraph = fold(markdown ? stripInlineMarkdown(block) : block);
            if (paragraph.isEmpty()) {
                continue;
            }
            if (body.length() > 0) {
                body.append("\n\n");
            }
            int start = body.length();
            body.append(paragraph);
            current.add(new Paragraph(++paragraphNumber, paragraph, start, splitter.split(paragraph, start)));
        }
        if (!current.isEmpty()) {
            sections.add(new Section(sections.size() + 1, currentTitle, current));
        }
        if (title == null) {
            title = titleFromId(id);
        }
        return new Article(
                id,
                title,
                field(front, "outlet"),
                field(front, "url"),
                field(front, "date"),
                body.toString(),
                sections);
    }

    private static JsonNode readFrontMatter(String id, String yaml) {
        if (yaml.isBlank()) return YAML.createObjectNode();
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node != null && node.isObject()) return node;
        } catch (IOException e) {
            // malformed front matter is treated as absent, not fatal; the warning below says so
        }
        log.warn("{}: its front matter is not YAML fields (title: …, url: …); it is ignored", id);
        return YAML.createObjectNode();
    }

    /** A calendar date as the front matter should give it: 2025-02-18. */
    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<String> field(JsonNode front, String name) {
        JsonNode v = front.get(name);
        return v == null || v.isNull() || v.asText().isBlank()
                ? Optional.empty()
                : Optional.of(v.asText().trim());
    }

    /**
     * Headings, list items and rules stand on their own lines in markdown without blank lines around them:
     * give each its own block, drop rules and images, and strip list markers so items read as sentences.
     */
    private static String normaliseMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.matches("([-*_]\\s*){3,}") || t.matches("=+")) {
                out.append("\n\n");
                continue;
            }
            t = MD_IMAGE.matcher(t).replaceAll("").strip();
            if (t.startsWith("#")) {
                out.append("\n\n").append(t).append("\n\n");
            } else if (LIST_ITEM.matcher(t).find()) {
                out.append("\n\n")
                        .append(ITEM)
                        .append(LIST_ITEM.matcher(t).replaceFirst(""))
                        .append("\n\n");
            } else {
                out.append(t).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> blocks(String text) {
        List<String> out = new ArrayList<>();
        for (String b : text.split("\\n\\s*\\n")) {
            if (!b.isBlank()) out.add(b.strip());
        }
        return out;
    }

    private static String markdownHeading(String block) {
        if (block.contains("\n")) return null;
        var m = MD_HEADING.matcher(block);
        return m.matches() ? stripInlineMarkdown(m.group(1)).strip() : null;
    }

    /**
     * In plain text a heading is a short single line standing alone, without closing punctuation. A short
     * title-case line ending in "?" ("A Path to Peace?") also counts; a question sentence does not.
     */
    private static String plainHeading(String block, int index, List<String> blocks) {
        if (block.contains("\n") || block.length() > MAX_HEADING_CHARS || index == blocks.size() - 1) {
            return null;
        }
        String[] words = block.split("\\s+");
        if (words.length > MAX_HEADING_WORDS) return null;
        char last = block.charAt(block.length() - 1);
        if (".,;:!\"'\u201d\u2019)".indexOf(last) >= 0) return null;
        if (last == '?' && (words.length > 8 || capitalisedShare(words) < 0.5)) return null;
        return block;
    }

    /** A headline: one line, longer than a heading may be, with no sentence-ending punctuation. */
    private static boolean isHeadline(String block, List<String> blocks) {
        return blocks.size() > 1
                && !block.contains("\n")
                && block.length() <= MAX_HEADLINE_CHARS
                && ".!\"'\u201d\u2019:;,".indexOf(block.charAt(block.length() - 1)) < 0;
    }

    private static double capitalisedShare(String[] words) {
        int content = 0, capitalised = 0;
        for (String w : words) {
            if (w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT))) continue; // "of", "in", "the"
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return content == 0 ? 0 : (double) capitalised / content;
    }

    /** The text as markdown renders it: links as their words, no emphasis marks, character references as characters. */
    private static String stripInlineMarkdown(String s) {
        return characters(
                MD_EMPHASIS.matcher(MD_LINK.matcher(s).replaceAll("$1")).replaceAll(""));
    }

    private static String characters(String s) {
        if (s.indexOf('&') < 0) return s;
        return HTML_ENTITY.matcher(s).replaceAll(m -> {
            String named = m.group(3) == null ? null : NAMED_ENTITIES.get(m.group(3));
            int code = m.group(1) != null
                    ? Integer.parseInt(m.group(1))
                    : m.group(2) != null ? Integer.parseInt(m.group(2), 16) : -1;
            String character = named != null
                    ? named
                    : Character.isValidCodePoint(code) && code != 0 && (code < 0xD800 || code > 0xDFFF)
                            ? Character.toString(code)
                            : m.group();
            return Matcher.quoteReplacement(character);
        });
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String titleFromId(String id) {
        String words = id.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
