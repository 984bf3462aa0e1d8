package org.parley.discord.reply;

import java.util.List;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * What the bot says back, independent of how it is delivered (interaction reply, deferred edit, message reply).
 *
 * @param content   plain text (may be empty when there are embeds); at most 2,000 characters
 * @param embeds    already within Discord's embed limits
 * @param buttons   one action row of buttons, or none
 * @param ephemeral only the asking user sees it (interactions only)
 * @param pin       pin the reply in its channel once sent (the command checked the permission)
 * @param files     attached files (a digest as Markdown, stats as CSV)
 * @param questionId the recorded question this reply answers (0: none), linked to the message once it is sent
 * @param thread    open a thread from the sent message with this name, for follow-ups ("": none)
 */
public record BotReply(
        String content,
        List<MessageEmbed> embeds,
        List<Button> buttons,
        boolean ephemeral,
        boolean pin,
        List<Attachment> files,
        long questionId,
        String thread) {

    public static final int MAX_CONTENT = 2000;
    /** Discord's upload limit for a bot without boosts is 10 MiB; stay well under it. */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    /** A file sent with the reply. */
    public record Attachment(String name, byte[] data) {
        public Attachment {
            if (data.length > MAX_FILE_BYTES) throw new IllegalArgumentException("attachment over 8 MiB: " + name);
        }
    }

    public BotReply {
        content = content == null ? "" : content;
        if (content.length() > MAX_CONTENT) throw new IllegalArgumentException("content over 2,000 characters");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
        thread = thread == null ? "" : thread;
        if (buttons.size() > 5) throw new IllegalArgumentException("one action row holds at most 5 buttons");
        if (content.isEmpty() && embeds.isEmpty()) throw new IllegalArgumentException("a reply needs text or an embed");
    }

    public BotReply(String content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral, boolean pin) {
        this(content, embeds, buttons, ephemeral, pin, List.of(), 0, "");
    }

    /** Thread names are 1 to 100 characters on Discord. */
    public static final int MAX_THREAD_NAME = 100;

    public BotReply withThread(String name) {
        return new BotReply(content, embeds, buttons, ephemeral, pin, files, questionId, threadName(name));
    }

    /** A thread name from a question: one line, 1 to 100 characters. */
    public static String threadName(String question) {
        String line = question == null ? "" : question.replaceAll("\\s+", " ").strip();
        return Limits.fit(line.isEmpty() ? "Question" : line, MAX_THREAD_NAME);
    }

    public BotReply withQuestionId(long value) {
        return new BotReply(content, embeds, buttons, ephemeral, pin, files, value, thread);
    }

    /** Public text: a note everyone in the channel sees. */
    public static BotReply publicNote(String text) {
        return new BotReply(Limits.fit(text, MAX_CONTENT), List.of(), List.of(), false, false);
    }

    public BotReply withFiles(List<Attachment> value) {
        return new BotReply(content, embeds, buttons, ephemeral, pin, value, questionId, thread);
    }

    public BotReply withButtons(List<Button> value) {
        return new BotReply(content, embeds, value, ephemeral, pin, files, questionId, thread);
    }

    /** A short text only the asker sees: refusals, cooldowns, "thanks". */
    public static BotReply privateNote(String text) {
        return new BotReply(Limits.fit(text, MAX_CONTENT), List.of(), List.of(), true, false);
    }

    public static BotReply of(MessageEmbed embed, List<Button> buttons, boolean ephemeral) {
        return new BotReply("", List.of(embed), buttons, ephemeral, false);
    }

    public BotReply withEphemeral(boolean value) {
        return new BotReply(content, embeds, buttons, value, pin, files, questionId, thread);
    }

    public BotReply withPin(boolean value) {
        return new BotReply(content, embeds, buttons, ephemeral, value, files, questionId, thread);
    }
}
