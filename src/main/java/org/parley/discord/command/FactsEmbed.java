package org.parley.discord.command;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.parley.discord.reply.Limits;
import org.parley.facts.SummaryWriter;

/** Headed parts of facts (the summary, the cast) as embed fields, within every embed limit. */
final class FactsEmbed {

    /** Below this a field would show a stub of a line; better to stop. */
    private static final int SMALLEST_FIELD = 40;

    private FactsEmbed() {}

    /** Adds one field per non-empty part; returns whether anything was added. */
    static boolean addParts(EmbedBuilder embed, List<SummaryWriter.Part> parts) {
        int used = embed.length();
        boolean added = false;
        for (SummaryWriter.Part part : parts) {
            if (embed.getFields().size() == MessageEmbed.MAX_FIELD_AMOUNT) break;
            String name = Limits.fit(part.heading(), MessageEmbed.TITLE_MAX_LENGTH);
            int room =
                    Math.min(MessageEmbed.VALUE_MAX_LENGTH, MessageEmbed.EMBED_MAX_LENGTH_BOT - used - name.length());
            if (room < SMALLEST_FIELD) break;
            String value = Limits.fit(String.join("\n", part.lines()), room);
            if (value.isBlank()) continue;
            embed.addField(name, value, false);
            used += name.length() + value.length();
            added = true;
        }
        return added;
    }
}
