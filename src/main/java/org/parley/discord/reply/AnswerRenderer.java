package org.parley.discord.reply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import org.parley.answer.Answer;
import org.parley.answer.Citation;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;

/**
 * Turns an {@link Answer} into an embed that respects every Discord limit: title 256, description 4,096,
 * 25 fields of 1,024, footer 2,048 and 6,000 characters in all. Too much text is cut at a sentence with "…";
 * quotes that no longer fit are counted in a note instead of being dropped silently.
 */
public final class AnswerRenderer {

    private static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    private static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    private static final int FIELD_NAME = MessageEmbed.TITLE_MAX_LENGTH;
    private static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    private static final int FIELDS = MessageEmbed.MAX_FIELD_AMOUNT;
    private static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    private static final int TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    /** Room kept for the "N more quotes" note. */
    private static final int NOTE_RESERVE = 64;
    /** Below this, a quote would be a stub: better to count it in the note. */
    private static final int SMALLEST_USEFUL_FIELD = 120;

    static final String QUESTION_PREFIX = "\u2753 ";

    /**
     * How to present an answer beyond its content.
     *
     * @param asked          the question as the person typed it, when the engine was asked a follow-up's reading of it
     * @param offerModerator show "Ask a moderator" under a refusal
     * @param note           a small print line under the answer (e.g. that it could not be recorded)
     */
    public record Presentation(Optional<String> asked, boolean offerModerator, Optional<String> note) {
        public static final Presentation PLAIN = new Presentation(Optional.empty(), false, Optional.empty());
    }

    static final String ASK_A_MODERATOR = "Ask a moderator";

    public BotReply render(Answer answer, String answerId, boolean ephemeral) {
        return render(answer, answerId, ephemeral, Presentation.PLAIN);
    }

    public BotReply render(Answer answer, String answerId, boolean ephemeral, Presentation presentation) {
        MessageEmbed embed = embed(answer, presentation.asked());
        if (presentation.note().isPresent()) {
            String noted = embed.getDescription() + "\n-# "
                    + Limits.fitEscaped(presentation.note().get(), 300);
            if (noted.length() <= DESCRIPTION) {
                // Counted in UTF-16 units as build() counts them (MessageEmbed.getLength() counts code points, fewer),
                // and the description untrimmed, as it is sent (build() trims it before counting).
                EmbedBuilder withNote = new EmbedBuilder(embed).setDescription(null);
                if (withNote.length() + noted.length() <= TOTAL)
                    embed = withNote.setDescription(noted).build();
            }
        }
        return BotReply.of(embed, buttons(answer, answerId, presentation.offerModerator()), ephemeral);
    }

    public MessageEmbed embed(Answer answer) {
        return embed(answer, Optional.empty());
    }

    /** @param asked the follow-up as typed, shown as the title, with the reading the engine answered in a note */
    public MessageEmbed embed(Answer answer, Optional<String> asked) {
        String title = Limits.fitEscaped(QUESTION_PREFIX + oneLine(asked.orElse(answer.question())), TITLE);
        // Footers show no markdown, but an article title there must still never read as a mention.
        String footer = Limits.fitDefused(footer(answer), FOOTER);
        String lead = AnswerText.lead(answer);
        if (asked.isPresent() && !asked.get().equals(answer.question())) {
            lead = AnswerText.readAs(Limits.fitEscaped(oneLine(answer.question()), AnswerText.READING_SHOWN)) + "\n"
                    + lead;
        }
        int fixed = title.length() + footer.length();
        int descriptionBudget = Math.min(
                DESCRIPTION, answer.citations().isEmpty() ? TOTAL - fixed : Math.max(200, (TOTAL - fixed) / 3));
        String description = Limits.fit(lead, descriptionBudget - NOTE_RESERVE);

        List<MessageEmbed.Field> fields = new ArrayList<>();
        int used = fixed + description.length() + NOTE_RESERVE;
        int number = 0;
        for (Citation citation : answer.citations()) {
            if (fields.size() == FIELDS) break;
            number++;
            String name = Limits.fitEscaped(number + ". " + citation.title(), FIELD_NAME);
            int room = Math.min(FIELD_VALUE, TOTAL - used - name.length());
            if (room < SMALLEST_USEFUL_FIELD) break;
            String value = quoteField(citation, room);
            fields.add(new MessageEmbed.Field(name, value, false));
            used += name.length() + value.length();
        }
        int left = answer.citations().size() - fields.size();
        if (left > 0) {
            description = description + "\n-# " + AnswerText.moreQuotes(left) + ".";
        }

        // A closest-passage offer looks like what it is, not like an answer.
        EmbedBuilder embed = Style.embed(
                        (answer.answered() && !answer.tentative()) || answer.smallTalk()
                                ? Style.Tone.ANSWER
                                : Style.Tone.UNANSWERED)
                .setTitle(title)
                .setDescription(description)
                .setFooter(footer);
        fields.forEach(embed::addField);
        return embed.build();
    }

    /** "Show context" for the best quote, then 👍/👎. Unanswered questions get feedback only. */
    public List<Button> buttons(Answer answer, String answerId) {
        return buttons(answer, answerId, false);
    }

    /** ... and, under a refusal or a closest-passage offer when moderators take questions, "Ask a moderator". */
    public List<Button> buttons(Answer answer, String answerId, boolean offerModerator) {
        List<Button> buttons = new ArrayList<>();
        if (answer.smallTalk()) return buttons; // a word back to "hi": nothing to show, rate or pass on
        if (!answer.citations().isEmpty()) {
            buttons.add(
                    Button.secondary(ButtonIds.context(answer.citations().get(0).key(), answerId), "Show context"));
        }
        buttons.add(Button.secondary(ButtonIds.feedback(answerId, true), Emoji.fromUnicode("\uD83D\uDC4D")));
        buttons.add(Button.secondary(ButtonIds.feedback(answerId, false), Emoji.fromUnicode("\uD83D\uDC4E")));
        if (offerModerator && (!answer.answered() || answer.tentative())) buttons.add(handoffButton(answerId, ""));
        return buttons;
    }

    /** "Ask a moderator": under a refusal, and after a 👎 (then naming the answer's message, as the click is elsewhere). */
    public static Button handoffButton(String answerId, String messageId) {
        return Button.primary(ButtonIds.handoff(answerId, messageId), ASK_A_MODERATOR);
    }

    /** The verbatim quote, then where it stands: section, paragraph, link. */
    static String quoteField(Citation citation, int max) {
        String where =
                "\n\u2014 *" + Limits.fitEscaped(citation.section(), 100) + "*, paragraph " + citation.paragraph()
                        + Style.webLink(citation.url())
                                .map(u -> " \u00B7 [link](" + u + ")")
                                .orElse("");
        int quoteRoom = Math.max(20, max - where.length() - 2);
        String quote = "\u201C" + Limits.fitEscaped(citation.quote(), quoteRoom - 2) + "\u201D";
        String value = quote + where;
        return value.length() <= max ? value : Limits.fitEscaped(citation.quote(), max);
    }

    static String footer(Answer answer) {
        Set<String> titles = new LinkedHashSet<>();
        answer.citations().forEach(c -> titles.add(c.title()));
        if (titles.isEmpty()) return "Parley \u00B7 answers only from the articles it has read";
        return (titles.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", titles);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** For feedback after a restart: the question as the embed shows it. */
    public static String questionShownIn(MessageEmbed embed) {
        String title = embed.getTitle() == null ? "" : embed.getTitle();
        return title.startsWith(QUESTION_PREFIX) ? title.substring(QUESTION_PREFIX.length()) : title;
    }

    /** Escaped text of a quote in a paragraph, with the quote itself in bold so it stands out. */
    public static String highlight(String paragraph, String quote, int max) {
        String escapedParagraph = Limits.fitEscaped(paragraph, max - 4);
        String escapedQuote = Markdown.escape(quote);
        int at = escapedParagraph.indexOf(escapedQuote);
        if (at < 0) return escapedParagraph;
        return escapedParagraph.substring(0, at) + "**" + escapedQuote + "**"
                + escapedParagraph.substring(at + escapedQuote.length());
    }
}
