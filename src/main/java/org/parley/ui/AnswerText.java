package org.parley.ui;

import java.util.List;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.answer.Lead;
import org.parley.answer.Note;
import org.parley.corpus.Section;

/**
 * Words an {@link Answer} in English and Discord markdown: the lead (its first line and small print) and the whole
 * reply, which the console shows as the bot would post it. Article text in it is escaped, so it reads as text and
 * never as formatting or a mention.
 */
public final class AnswerText {

    /** How a closest-passage offer ({@code Lead.Closest}) opens; the question log's stats find such replies by it. */
    public static final String CLOSEST_OPENING = "This may not answer your question.";

    /**
     * How a request for more words opens (a question with nothing to search, such as "Why?" with nothing before it):
     * the digest and the stats do not count it as something the articles lack.
     */
    public static final String VAGUE_OPENING = "Could you say a little more?";

    /** One Discord message. */
    public static final int DISCORD_MESSAGE = 2000;
    /** Kept free in a message for the note that counts quotes which did not fit. */
    public static final int NOTE_ROOM = 60;
    /**
     * Most characters of an article's title a reply shows (Discord's limit for an embed title): a title as long as a
     * paragraph, said twice, would leave no room for the quote it introduces.
     */
    private static final int TITLE_SHOWN = 256;
    /** Most characters of a question's reading a reply shows (the bot shows a follow-up's reading the same). */
    public static final int READING_SHOWN = 300;

    private AnswerText() {}

    /** The reply's first line, then its notes as small print: what the question log and sessions record. */
    public static String lead(Answer answer) {
        StringBuilder out = new StringBuilder(sentence(answer));
        for (Note note : answer.notes()) out.append('\n').append(note(note));
        return out.toString();
    }

    /**
     * The whole reply within one Discord message: the lead, then numbered verbatim quotes with their sources; quotes
     * that do not fit are counted, not cut mid-word; only a first quote too long for the message is cut, at a word.
     */
    public static String markdown(Answer answer) {
        // The small print goes above, so the lead's colon leads into the quotes.
        StringBuilder head = new StringBuilder();
        for (Note note : answer.notes()) head.append(note(note)).append('\n');
        StringBuilder out =
                new StringBuilder(Markdown.cut(head.append(sentence(answer)).toString(), DISCORD_MESSAGE - NOTE_ROOM));
        List<Citation> citations = answer.citations();
        int shown = 0;
        for (Citation c : citations) {
            String block = quoteBlock(shown + 1, Markdown.escape(c.quote()), c);
            int room = DISCORD_MESSAGE - NOTE_ROOM - out.length();
            if (block.length() > room) {
                // An answer always shows its first quote: cut at a word, rather than a reply with none.
                int forQuote = room - quoteBlock(1, "", c).length();
                if (shown > 0 || forQuote < 1) break;
                block = quoteBlock(1, Markdown.fit(c.quote(), forQuote, Markdown::escape), c);
            }
            out.append(block);
            shown++;
        }
        int left = citations.size() - shown;
        if (left > 0) out.append("\n-# ").append(moreQuotes(left)).append(" here.");
        return out.toString();
    }

    private static String quoteBlock(int number, String escapedQuote, Citation c) {
        return "\n\n> **" + number + ".** \u201C" + escapedQuote + "\u201D\n> " + source(c);
    }

    /** Small print above a reply: the question as a follow-up was read ({@code reading} already escaped). */
    public static String readAs(String reading) {
        return "-# Read as: " + reading;
    }

    /** "2 more quotes did not fit": what a reply says of the quotes it had no room for. */
    public static String moreQuotes(int left) {
        return left + (left == 1 ? " more quote" : " more quotes") + " did not fit";
    }

    /** "— *Title*, section “Heading”, paragraph 3 · <https://…>" */
    static String source(Citation c) {
        StringBuilder s =
                new StringBuilder("\u2014 *").append(shownTitle(c.title())).append("*, ");
        s.append(
                c.section().equals(Section.LEAD) ? "lead" : "section \u201C" + Markdown.escape(c.section()) + "\u201D");
        s.append(", paragraph ").append(c.paragraph());
        c.url()
                .filter(Markdown::isWebLink)
                .ifPresent(u -> s.append(" \u00B7 <").append(u).append('>'));
        return s.toString();
    }

    private static String shownTitle(String title) {
        return Markdown.fit(title, TITLE_SHOWN, Markdown::escape);
    }

    // Java 17 has no pattern switch over the sealed kinds: one test each, the plain quote answer last.
    private static String sentence(Answer answer) {
        Lead lead = answer.lead();
        if (lead instanceof Lead.Refusal r) return refusal(r);
        String from = titles(answer.citations());
        if (lead instanceof Lead.Attendees a) {
            return join(a.present().stream().map(AnswerText::describe).toList())
                    + (a.present().size() == 1 ? " was" : " were")
                    + " at the talks"
                    + (a.alsoNamed().isEmpty()
                            ? ""
                            : "; also named, but not placed at the talks: "
                                    + join(a.alsoNamed().stream()
                                            .map(AnswerText::bold)
                                            .toList()))
                    + " \u2014 according to " + from + ":";
        }
        if (lead instanceof Lead.Parties p) {
            return join(p.present().stream().map(AnswerText::bold).toList())
                    + (p.present().size() == 1 ? " was" : " were")
                    + " at the talks \u2014 according to " + from + ":";
        }
        if (lead instanceof Lead.Post p) {
            String names = from.equals("the articles") ? "The articles name " : from + " names ";
            return names + bold(p.person().name()) + " as "
                    + Markdown.escape(p.person().role()) + ":";
        }
        if (lead instanceof Lead.Attendance a) return roll(List.of(a), false, from);
        if (lead instanceof Lead.Roll r) return roll(r.people(), r.negatedQuestion(), from);
        if (lead instanceof Lead.Objectors o) {
            return "Objections came from "
                    + join(o.parties().stream().map(AnswerText::bold).toList()) + ", according to " + from + ":";
        }
        if (lead instanceof Lead.Outcomes) return "Here is what was agreed or planned, according to " + from + ":";
        if (lead instanceof Lead.OpenQuestions) return "Still open, according to " + from + ":";
        if (lead instanceof Lead.Undated u) {
            return "The article does not date the talks themselves; it was published " + Markdown.escape(u.published())
                    + ". Here is what " + from + " says:";
        }
        if (lead instanceof Lead.Weekday w) {
            return "The talks were on " + bold(w.date()) + ", counting from the article's date ("
                    + Markdown.escape(w.published()) + ") \u2014 according to " + from + ":";
        }
        if (lead instanceof Lead.People p) {
            return join(p.people().stream().map(AnswerText::describe).toList()) + " \u2014 according to " + from + ":";
        }
        if (lead instanceof Lead.Closest) {
            return CLOSEST_OPENING + " The closest " + (answer.citations().size() > 1 ? "passages" : "passage")
                    + ", in " + from + ":";
        }
        return "According to " + from + ":"; // Lead.Quoted
    }

    private static String refusal(Lead.Refusal r) {
        return switch (r.reason()) {
            case EMPTY_QUESTION ->
                "Ask me something about the talks \u2014 for example, "
                        + "*Who took part?*, *What was agreed?* or *Who objected, and why?*";
            case TOO_VAGUE ->
                VAGUE_OPENING + " I need a few words about what you want to know \u2014 a person, a country, an "
                        + "outcome.";
            case OTHER_SCRIPT ->
                "I can only read questions written in the alphabet of my articles, and yours uses another. Could you"
                        + " ask in the articles' language? For example: *Who took part?*";
            case GREETING ->
                "Hello! Ask me about the talks in my articles \u2014 for example, *Who took part?*, *What was agreed?* "
                        + "or *Who objected, and why?*";
            case THANKS -> "You're welcome! Ask me anything else about the talks.";
            case SUMMARY ->
                "For a summary, use `/summary`: who met, where and when, what was agreed, who objected and what is "
                        + "still open, each with its source. Or ask me about any of those.";
            case NOT_FOUND ->
                "I couldn't find that in "
                        + r.onlyArticle()
                                .map(title -> "the article I have (*" + shownTitle(title) + "*)")
                                .orElse("the " + r.articles() + " articles I have")
                        + ", so I won't guess. Try asking about who took part, what was agreed, or who objected.";
        };
    }

    private static String note(Note note) {
        if (note instanceof Note.ReadAs read)
            return readAs(Markdown.fit(read.reading(), READING_SHOWN, Markdown::escape));
        Note.QuestionCut cut = (Note.QuestionCut) note;
        return "-# Your question was long, so I read only its first " + cut.readChars() + " characters.";
    }

    /** The cited article's title in italics, or "the articles" when the quotes come from several. */
    private static String titles(List<Citation> citations) {
        List<String> titles = citations.stream()
                .map(c -> "*" + shownTitle(c.title()) + "*")
                .distinct()
                .toList();
        return titles.size() == 1 ? titles.get(0) : "the articles";
    }

    /**
     * Yes or no for each person an attendance question names: "Yes — A was at the talks, according to *T*:",
     * "*T* does not place B at the talks:" ("No — …" when a cited sentence says B took no part), or both halves ("A was at the talks; *T* does not place B there:").
     * A question asked in the negative gets the facts without the yes or no.
     */
    private static String roll(List<Lead.Attendance> people, boolean negatedQuestion, String from) {
        List<String> there = people.stream()
                .filter(Lead.Attendance::present)
                .map(a -> describe(a.person()))
                .toList();
        List<String> not = people.stream()
                .filter(a -> !a.present())
                .map(a -> describe(a.person()))
                .toList();
        String yes = join(there) + (there.size() == 1 ? " was" : " were") + " at the talks";
        String no = (from.equals("the articles") ? "the articles do not" : from + " does not") + " place " + join(not);
        if (not.isEmpty()) return (negatedQuestion ? "" : "Yes \u2014 ") + yes + ", according to " + from + ":";
        // A plain "no" only where a cited sentence says so ("Putin did not attend the talks"): that the facts do not
        // place someone is not that the article says they stayed away ("Blair and Ahern, who had both spent most of
        // the week at Stormont" placed neither, yet both were there).
        boolean saidAbsent = people.stream().filter(a -> !a.present()).allMatch(Lead.Attendance::saidAbsent);
        if (there.isEmpty())
            return (saidAbsent && !negatedQuestion ? "No \u2014 " + no : capitalise(no)) + " at the talks:";
        return yes + "; " + no + " there:";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String describe(Lead.Person p) {
        return p.role().isEmpty() ? bold(p.name()) : bold(p.name()) + " (" + Markdown.escape(p.role()) + ")";
    }

    private static String bold(String name) {
        return "**" + Markdown.escape(name) + "**";
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
