package org.parley.discord.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.HostileText;
import org.parley.answer.Markdown;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.ServingEngine;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.DiscordChecks;
import org.parley.store.StatsReport;
import org.parley.store.Store;
import org.parley.store.TempStore;
import org.parley.ui.StatsView;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Moderators' and educators' commands over hostile questions and articles: {@code /stats} (through
 * {@link org.parley.ui.StatsView}), {@code /reload}, {@code /summary}, {@code /participants} and a Q&amp;A
 * session's digest, each within Discord's limits and pinging nobody.
 */
class CommandFuzzTest {

    private static AnswerEngine hostile;
    private static TempStore temp;
    private static Store store;

    @BeforeContainer
    static void open() throws IOException {
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        temp = TempStore.open("parley-command-fuzz");
        store = temp.store();
    }

    @AfterContainer
    static void close() throws IOException {
        hostile.close();
        temp.close();
    }

    private static Invocation invocation(String channel, Map<String, Object> options) {
        return new Invocation(DiscordChecks.ASKER, DiscordChecks.GUILD, channel, options, true, false, true);
    }

    // --- /stats ---------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<StatsReport> reports() {
        // Questions are stored as the engine read them: cleaned, on one line.
        Arbitrary<String> question = HostileText.text().map(q -> CleanQuestion.of(q, 500).text());
        Arbitrary<StatsReport.Count> count = Combinators.combine(question, Arbitraries.longs().between(1, 1_000_000))
                .as(StatsReport.Count::new);
        Arbitrary<StatsReport.DayCount> day = Combinators.combine(Arbitraries.integers().between(0, 3_000),
                        Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000))
                .as((d, asked, answered) -> new StatsReport.DayCount(LocalDate.of(2025, 1, 1).plusDays(d), asked, answered));
        Arbitrary<StatsReport.ChannelCount> channel = Combinators.combine(Arbitraries.strings().numeric().ofLength(18),
                        Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000))
                .as((id, asked, answered) -> new StatsReport.ChannelCount("7" + id, asked, answered));
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE / 2), Arbitraries.longs().between(0, 1_000_000),
                        count.list().ofMaxSize(StatsCommand.TOP), count.list().ofMaxSize(StatsCommand.TOP),
                        day.list().ofMaxSize(StatsCommand.MAX_DAYS), channel.list().ofMaxSize(40))
                .as((asked, votes, refused, down, days, channels) -> new StatsReport(java.time.Instant.EPOCH,
                        java.time.Instant.EPOCH, asked, asked / 2, votes, votes / 3, refused, down, days, channels));
    }

    @Property(tries = 150)
    void statsFitAndShowQuestionsEscaped(@ForAll("reports") StatsReport report,
            @ForAll @IntRange(min = 1, max = StatsCommand.MAX_DAYS) int days) {
        MessageEmbed embed = StatsCommand.embed(report, days);

        Set<String> channels = new HashSet<>();
        report.perChannel().forEach(c -> channels.add(c.channelId()));
        DiscordChecks.assertSafe(embed, channels);
        MarkdownChecks.assertNoPings(StatsView.of(report, days, Markdown::escape, id -> id).markdown(), Set.of());
        List<String> questions = new ArrayList<>();
        report.mostRefused().forEach(c -> questions.add(c.question()));
        report.mostDownvoted().forEach(c -> questions.add(c.question()));
        List<String> lines = embed.getFields().stream().limit(2).flatMap(f -> f.getValue().lines()).filter(l -> l.endsWith("\u00D7)"))
                .toList();
        for (String line : lines) {
            String shown = line.substring(2, line.lastIndexOf(" ("));
            assertTrue(questions.stream().anyMatch(q -> seenAs(shown, q)), () -> "not a question asked: " + line);
        }
    }

    private static boolean seenAs(String shown, String question) {
        try {
            MarkdownChecks.assertVerbatim(shown, question);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** /stats over a real store that hostile questions were recorded in, with the CSV export. */
    @Property(tries = 30)
    void statsOverRecordedHostileQuestions(@ForAll("questions") List<String> questions) {
        String channel = "6" + Long.toString(System.nanoTime()).substring(0, 10) + "00000000";
        for (String q : questions) {
            Answer a = hostile.ask(q);
            long id = store.questions().record(DiscordChecks.GUILD, channel, DiscordChecks.ASKER, a, "slash");
            if (!a.answered()) store.feedback().record(new org.parley.store.Feedback(java.time.Instant.now(), a.question(), a.lead(),
                    List.of(), "hash", false), id);
        }
        StatsCommand command = new StatsCommand(store.stats(), Clock.systemUTC());

        BotReply reply = command.run(invocation(channel, Map.of(StatsCommand.EXPORT, true, StatsCommand.DAYS, 30L)));

        Set<String> channels = new HashSet<>();
        store.stats().report(DiscordChecks.GUILD, java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(1), 50)
                .perChannel().forEach(c -> channels.add(c.channelId()));
        DiscordChecks.assertSafe(reply, channels);
        assertEquals(1, reply.files().size(), "the CSV export");
        String csv = new String(reply.files().get(0).data(), StandardCharsets.UTF_8);
        assertTrue(HostileText.isWellFormed(csv));
    }

    @Provide
    Arbitrary<List<String>> questions() {
        return HostileText.text().list().ofMinSize(1).ofMaxSize(6);
    }

    // --- /reload --------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ServingEngine.Reload> reloads() {
        Arbitrary<List<String>> titles = HostileText.text().list().ofMaxSize(60);
        Arbitrary<CorpusLoader.Skipped> skipped = Combinators.combine(HostileText.text(), HostileText.text())
                .as(CorpusLoader.Skipped::new);
        Arbitrary<Optional<String>> failure = Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
                HostileText.text().map(Optional::of));
        return Combinators.combine(Arbitraries.of(true, false), titles, titles, titles, skipped.list().ofMaxSize(40),
                        Arbitraries.longs().between(0, 10_000_000), failure)
                .as((changed, articles, added, removed, skips, ms, fail) -> new ServingEngine.Reload(changed, articles, added,
                        removed, skips, Duration.ofMillis(ms), fail));
    }

    @Property(tries = 150)
    void reloadNamesHostileTitlesAndFilesSafely(@ForAll("reloads") ServingEngine.Reload reload) {
        MessageEmbed embed = ReloadCommand.embed(reload);

        DiscordChecks.assertSafe(embed, Set.of());
        assertFalse(embed.getDescription().isBlank());
    }

    /** Regression (shrunk): a skipped file's name went out as it was, so a file named "@everyone" stood there whole. */
    @Example
    void aSkippedFileNamedLikeAMentionIsDefused() {
        ServingEngine.Reload reload = new ServingEngine.Reload(true, List.of(), List.of(), List.of(),
                List.of(new CorpusLoader.Skipped("@everyone", "\uD800\uDC00")), Duration.ZERO, Optional.empty());

        MessageEmbed embed = ReloadCommand.embed(reload);

        DiscordChecks.assertSafe(embed, Set.of());
        assertTrue(embed.getDescription().contains("`@\u200Beveryone`"), embed.getDescription());
    }

    // --- /summary, /participants, sessions -----------------------------------------------------------------------

    @Provide
    Arbitrary<String> articles() {
        return HostileText.article();
    }

    /** Summary and cast over the hostile fixture, and over generated hostile articles. */
    @Property(tries = 20)
    void summaryAndCastOfHostileArticlesFitAndPingNobody(@ForAll("articles") String article) throws IOException {
        Corpus corpus = new CorpusLoader().fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            for (AnswerEngine engine : List.of(hostile, generated)) {
                Invocation asked = invocation(DiscordChecks.CHANNEL, Map.of());
                DiscordChecks.assertSafe(new SummaryCommand(() -> engine).run(asked), Set.of());
                DiscordChecks.assertSafe(new CastCommand(() -> engine).run(asked), Set.of());
                DiscordChecks.assertSafe(new SourcesCommand(() -> engine).run(asked), Set.of());
            }
        }
    }

    /** A Q&amp;A session over hostile questions ends in a digest (embed and digest.md) that pings nobody. */
    @Property(tries = 30)
    void aSessionOfHostileQuestionsDigestsSafely(@ForAll("questions") List<String> questions) {
        String channel = "5" + Long.toString(System.nanoTime()).substring(0, 10) + "00000000";
        SessionCommand session = new SessionCommand(store.sessions());
        session.run(invocation(channel, Map.of(SessionCommand.ACTION, SessionCommand.START)));
        questions.forEach(q -> store.sessions().record(channel, hostile.ask(q)));

        BotReply digest = session.run(invocation(channel, Map.of(SessionCommand.ACTION, SessionCommand.END)));

        DiscordChecks.assertSafe(digest, Set.of());
        assertEquals(1, digest.files().size(), "digest.md");
        String file = new String(digest.files().get(0).data(), StandardCharsets.UTF_8);
        MarkdownChecks.assertNoPings(file, Set.of());
        assertTrue(file.contains(questions.size() + (questions.size() == 1 ? " question" : " questions")), file);
    }
}
