package org.parley.discord.command;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Limits;
import org.parley.discord.reply.Style;
import org.parley.store.Stats;
import org.parley.store.StatsReport;
import org.parley.store.StatsView;

/**
 * {@code /stats [days:7] [export:True]} for moderators: what was asked and answered in this server, 👍/👎, the
 * questions most often refused or voted down (what the articles are missing), per day and per channel; with
 * {@code export} the questions as a CSV file. Only the moderator sees it.
 */
public final class StatsCommand implements PrivateCommand {

    static final String DAYS = "days";
    static final String EXPORT = "export";

    static final int TOP = 5;

    private final Stats stats;
    private final Clock clock;

    public StatsCommand(Stats stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public SlashCommandData definition() {
        return SlashCommands.define("stats")
                .addOptions(
                        new OptionData(OptionType.INTEGER, DAYS, "How many days back (default 7)", false)
                                .setRequiredRange(1, StatsView.Period.MAX_DAYS),
                        new OptionData(
                                OptionType.BOOLEAN,
                                EXPORT,
                                "Attach every question of the period as a CSV file",
                                false));
    }

    @Override
    public BotReply run(Invocation invocation) {
        StatsView.Period period =
                StatsView.Period.lastDays(clock.instant(), invocation.number(DAYS, StatsView.Period.DEFAULT_DAYS));
        long days = period.days();
        Instant from = period.from();
        Instant to = period.to();
        StatsReport report = stats.report(invocation.guildId(), from, to, TOP);
        BotReply reply = BotReply.of(embed(report, days), List.of(), true);
        if (!invocation.flag(EXPORT)) return reply;
        byte[] csv = stats.csv(invocation.guildId(), from, to).getBytes(StandardCharsets.UTF_8);
        if (csv.length > BotReply.MAX_FILE_BYTES) {
            return BotReply.privateNote("The export is over 8 MB; ask for fewer days (e.g. `days:30`).");
        }
        String name = "parley-stats-" + LocalDate.ofInstant(to, ZoneOffset.UTC) + "-" + days + "d.csv";
        return reply.withFiles(List.of(new BotReply.Attachment(name, csv)));
    }

    static MessageEmbed embed(StatsReport r, long days) {
        StatsView view = StatsView.of(r, days, q -> Limits.fitEscaped(q, 150), id -> "<#" + id + ">");
        EmbedBuilder embed =
                Style.embed(Style.Tone.ANSWER).setTitle(view.title()).setDescription(view.totals());
        for (StatsView.Part part : view.parts()) {
            String value = part.lines().isEmpty() ? "\u2014" : String.join("\n", part.lines());
            embed.addField(part.heading(), Limits.fit(value, MessageEmbed.VALUE_MAX_LENGTH), part.inline());
        }
        return embed.setFooter("/stats export:True attaches every question as CSV")
                .build();
    }
}
