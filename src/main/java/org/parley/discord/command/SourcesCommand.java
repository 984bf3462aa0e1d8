package org.parley.discord.command;

import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.AnswerEngine;
import org.parley.corpus.Article;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Style;

/** {@code /sources}: the articles Parley answers from, with outlet, date and link. */
public final class SourcesCommand implements SlashCommand {

    private final Supplier<AnswerEngine> engine;

    public SourcesCommand(Supplier<AnswerEngine> engine) {
        this.engine = engine;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("sources");
    }

    @Override
    public BotReply run(Invocation invocation) {
        StringBuilder lines = new StringBuilder();
        List<Article> articles = engine.get().sources();
        int shown = 0;
        for (Article article : articles) {
            String line = line(article);
            if (lines.length() + line.length() + 64 > MessageEmbed.DESCRIPTION_MAX_LENGTH) break;
            lines.append(line).append('\n');
            shown++;
        }
        if (shown < articles.size())
            lines.append("-# and ").append(articles.size() - shown).append(" more");
        if (articles.isEmpty()) lines.append("No articles are loaded.");
        MessageEmbed embed = Style.embed(Style.Tone.ANSWER)
                .setTitle("Sources (" + articles.size() + ")")
                .setDescription(lines.toString().strip())
                .build();
        return BotReply.of(embed, List.of(), false);
    }

    private static String line(Article article) {
        String title = Limits.fitEscaped(article.title(), 200);
        String linked = Style.webLink(article.url())
                .map(u -> "[" + title + "](" + u + ")")
                .orElse("**" + title + "**");
        String outlet =
                article.outlet().map(o -> " \u2014 " + Limits.fitEscaped(o, 80)).orElse("");
        String date =
                article.date().map(d -> " (" + Limits.fitEscaped(d, 40) + ")").orElse("");
        return "\u2022 " + linked + outlet + date;
    }
}
