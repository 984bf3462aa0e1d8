package org.parley.discord.command;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.AnswerEngine;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Style;
import org.parley.facts.SummaryWriter;
import org.parley.ui.Markdown;

/**
 * {@code /summary [pin:<bool>]}: who met, what was agreed, who objected, what is open. Pinning is for
 * moderators (Manage Messages); the command itself is open to everyone, so the permission is checked at run
 * time rather than through default member permissions, which would hide the whole command.
 */
public final class SummaryCommand implements SlashCommand {

    static final String PIN = "pin";

    private final Supplier<AnswerEngine> engine;

    public SummaryCommand(Supplier<AnswerEngine> engine) {
        this.engine = engine;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("summary")
                .addOption(
                        OptionType.BOOLEAN,
                        PIN,
                        "Pin the summary in this channel (moderators: Manage Messages)",
                        false);
    }

    @Override
    public Optional<String> refusal(Invocation invocation) {
        if (invocation.flag(PIN) && !invocation.moderator()) {
            return Optional.of("Sorry \u2014 pinning is for moderators (Manage Messages, or the educator role). "
                    + "You can still use `/summary` without `pin`.");
        }
        return Optional.empty();
    }

    @Override
    public BotReply run(Invocation invocation) {
        List<SummaryWriter.Part> parts =
                new SummaryWriter(Markdown::escape).parts(engine.get().facts());
        EmbedBuilder embed = Style.embed(Style.Tone.ANSWER)
                .setTitle("Summary of the talks")
                .setFooter("Parley \u00B7 from " + engine.get().sources().size() + " article(s); ask /ask for quotes");
        FactsEmbed.addParts(embed, parts);
        if (embed.getFields().isEmpty()) embed.setDescription("I found nothing to summarise in the articles.");
        return BotReply.of(embed.build(), List.of(), false).withPin(invocation.flag(PIN));
    }
}
