package org.parley.discord.command;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.AnswerEngine;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Style;
import org.parley.facts.CastWriter;
import org.parley.ui.Markdown;

/**
 * {@code /participants}: the whole cast. Who was at the talks and, apart, everyone else the articles name in the
 * story, each with role, side and the paragraph that says so.
 */
public final class CastCommand implements SlashCommand {

    private final Supplier<AnswerEngine> engine;

    public CastCommand(Supplier<AnswerEngine> engine) {
        this.engine = engine;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("participants");
    }

    @Override
    public BotReply run(Invocation invocation) {
        AnswerEngine current = engine.get();
        EmbedBuilder embed = Style.embed(Style.Tone.ANSWER)
                .setTitle("Who was there, and who else the story names")
                .setFooter("Parley \u00B7 [\u00B6n] is the paragraph that says so; /ask for the quotes");
        if (!FactsEmbed.addParts(embed, new CastWriter(Markdown::escape).parts(current.facts()))) {
            embed.setDescription("The articles name no people.");
        }
        return BotReply.of(embed.build(), List.of(), false);
    }
}
