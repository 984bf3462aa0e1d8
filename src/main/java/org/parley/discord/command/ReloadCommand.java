package org.parley.discord.command;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.ServingEngine;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Style;

/**
 * {@code /reload} for moderators: re-reads the corpus folder without a restart. The old articles keep answering
 * until the new index is ready; files that could not be used are named with the reason.
 */
public final class ReloadCommand implements PrivateCommand {

    private final Supplier<ServingEngine.Reload> reload;

    public ReloadCommand(Supplier<ServingEngine.Reload> reload) {
        this.reload = reload;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("reload");
    }

    @Override
    public BotReply run(Invocation invocation) {
        return BotReply.of(embed(reload.get()), List.of(), true);
    }

    static MessageEmbed embed(ServingEngine.Reload r) {
        StringBuilder text = new StringBuilder();
        if (r.failure().isPresent()) {
            text.append("Nothing changed: ")
                    .append(Limits.fitEscaped(r.failure().get(), 1_500))
                    .append("\nThe articles I had keep answering.");
        } else if (!r.changed()) {
            text.append("The articles folder is unchanged; ")
                    .append(r.articles().size())
                    .append(" article(s) answering.");
        } else {
            text.append("Now answering from **")
                    .append(r.articles().size())
                    .append("** article(s), in ")
                    .append(Math.max(1, r.took().toMillis()))
                    .append(" ms.");
            if (!r.added().isEmpty()) text.append("\n**Added:** ").append(titles(r.added()));
            if (!r.removed().isEmpty()) text.append("\n**Removed:** ").append(titles(r.removed()));
        }
        if (!r.skipped().isEmpty()) {
            text.append("\n\n**Skipped** (fix and /reload again):\n")
                    .append(r.skipped().stream()
                            .map(s -> "\u2022 `" + Limits.fitDefused(s.file().replace("`", "'"), 200) + "`: "
                                    + Limits.fitEscaped(s.reason(), 200))
                            .collect(Collectors.joining("\n")));
        }
        return Style.embed(r.failure().isPresent() || !r.skipped().isEmpty() ? Style.Tone.MODERATOR : Style.Tone.ANSWER)
                .setTitle("Reload")
                .setDescription(Limits.fit(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build();
    }

    private static String titles(List<String> titles) {
        return Limits.fit(
                titles.stream().map(t -> "*" + Limits.fitEscaped(t, 150) + "*").collect(Collectors.joining("; ")),
                1_000);
    }
}
