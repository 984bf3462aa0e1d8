package org.parley.discord.reply;

import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Builds JDA message data from a {@link BotReply}, always with mentions switched off: the process-wide default
 * is not enough, because JDA 6.4.2 sends no allowed_mentions on an edit unless the edit sets it.
 */
public final class Outgoing {

    private Outgoing() {}

    public static MessageCreateData create(BotReply reply) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setContent(reply.content())
                .setEmbeds(reply.embeds())
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false);
        if (!reply.buttons().isEmpty()) builder.setComponents(ActionRow.of(reply.buttons()));
        builder.setFiles(uploads(reply));
        return builder.build();
    }

    public static MessageEditData edit(BotReply reply) {
        MessageEditBuilder builder = new MessageEditBuilder()
                .setContent(reply.content())
                .setEmbeds(reply.embeds())
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false);
        builder.setComponents(reply.buttons().isEmpty() ? List.of() : List.of(ActionRow.of(reply.buttons())));
        if (!reply.files().isEmpty()) builder.setFiles(uploads(reply));
        return builder.build();
    }

    private static List<FileUpload> uploads(BotReply reply) {
        return reply.files().stream()
                .map(f -> FileUpload.fromData(f.data(), f.name()))
                .toList();
    }

    /** Applies "mention nobody" to a request about to be queued (reply, edit, follow-up, message reply). */
    public static <R extends MessageRequest<R>> R silenced(R request) {
        return request.setAllowedMentions(List.of()).mentionRepliedUser(false);
    }
}
