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
 */
public record BotReply(String content, List<MessageEmbed> embeds, List<Button> buttons, boolean ephemeral, boolean pin) {

    public static final int MAX_CONTENT = 2000;

    public BotReply {
        content = content == null ? "" : content;
        if (content.length() > MAX_CONTENT) throw new IllegalArgumentException("content over 2,000 characters");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        if (content.isEmpty() && embeds.isEmpty()) throw new IllegalArgumentException("a reply needs text or an embed");
    }

    /** A short text only the asker sees: refusals, cooldowns, "thanks". */
    public static BotReply privateNote(String text) {
        return new BotReply(Limits.fit(text, MAX_CONTENT), List.of(), List.of(), true, false);
    }

    public static BotReply of(MessageEmbed embed, List<Button> buttons, boolean ephemeral) {
        return new BotReply("", List.of(embed), buttons, ephemeral, false);
    }

    public BotReply withEphemeral(boolean value) {
        return new BotReply(content, embeds, buttons, value, pin);
    }

    public BotReply withPin(boolean value) {
        return new BotReply(content, embeds, buttons, ephemeral, value);
    }
}
