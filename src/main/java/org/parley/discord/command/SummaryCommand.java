package org.parley.discord.command;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.answer.AnswerEngine;
import org.parley.corpus.Article;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Style;
import org.parley.facts.Facts;
import org.parley.facts.SummaryWriter;
import org.parley.ui.ArticleChoice;
import org.parley.ui.Markdown;

/**
 * {@code /summary [article:<words>] [pin:<bool>]}: who met, what was agreed, who objected, what is open; of every
 * article, or of the one named (a corpus that covers several talks is no single meeting). Pinning is for moderators
 * (Manage Messages); the command itself is open to everyone, so the permission is checked at run time rather than
 * through default member permissions, which would hide the whole command.
 */
public final class SummaryCommand implements SlashCommand {

    static final String PIN = "pin";
    static final String ARTICLE = "article";
    private static final String SOURCES = "`/sources` lists the articles I read.";
    /** Words enough for any title; Discord's own cap is 6,000. */
    static final int ARTICLE_CHARS = 200;

    private final Supplier<AnswerEngine> engine;

    public SummaryCommand(Supplier<AnswerEngine> engine) {
        this.engine = engine;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("summary")
                .addOptions(new OptionData(
                                OptionType.STRING,
                                ARTICLE,
                                "Summarise one article: words of its title (see /sources), or its file name",
                                false)
                        .setMaxLength(ARTICLE_CHARS))
                .addOption(
                        OptionType.BOOLEAN,
                        PIN,
                        "Pin the summary in this channel (moderators: Manage Messages)",
                        false);
    }

    /** Said when the words fit no article or several: before any deferral, so it stays private. */
    @Override
    public Optional<String> refusal(Invocation invocation) {
        if (invocation.flag(PIN) && !invocation.moderator()) {
            return Optional.of("Sorry \u2014 pinning is for moderators (Manage Messages, or the educator role). "
                    + "You can still use `/summary` without `pin`.");
        }
        String named = invocation.string(ARTICLE).strip();
        if (named.isEmpty()) return Optional.empty();
        return Optional.ofNullable(
                ArticleChoice.problem(named, engine.get().articlesNamed(named), Markdown::escape, SOURCES));
    }

    @Override
    public BotReply run(Invocation invocation) {
        AnswerEngine current = engine.get();
        String named = invocation.string(ARTICLE).strip();
        if (named.isEmpty()) {
            return summary(
                    current.facts(),
                    "Summary of the talks",
                    current.sources().size() == 1
                            ? "Parley \u00B7 from 1 article; ask /ask for quotes"
                            : "Parley \u00B7 from " + current.sources().size() + " articles, read together; "
                                    + "/summary article:\u2026 gives one article's",
                    invocation);
        }
        List<Article> found = current.articlesNamed(named);
        // Checked in refusal() already; a /reload in between may have changed the articles.
        String problem = ArticleChoice.problem(named, found, Markdown::escape, SOURCES);
        if (problem != null) return BotReply.privateNote(problem);
        Article article = found.get(0);
        return summary(
                current.factsOf(article),
                Limits.fitEscaped("Summary: " + article.title(), MessageEmbed.TITLE_MAX_LENGTH),
                Limits.fitDefused(
                        "Parley \u00B7 from " + article.id() + "; ask /ask for quotes", MessageEmbed.TEXT_MAX_LENGTH),
                invocation);
    }

    private static BotReply summary(Facts facts, String title, String footer, Invocation invocation) {
        List<SummaryWriter.Part> parts = new SummaryWriter(Markdown::escape).parts(facts);
        EmbedBuilder embed = Style.embed(Style.Tone.ANSWER).setTitle(title).setFooter(footer);
        FactsEmbed.addParts(embed, parts);
        if (embed.getFields().isEmpty()) embed.setDescription("I found nothing to summarise in the articles.");
        return BotReply.of(embed.build(), List.of(), false).withPin(invocation.flag(PIN));
    }
}
