package org.parley.discord.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.answer.Answer;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.Fuzz;
import org.parley.answer.HostileText;
import org.parley.answer.MarkdownChecks;
import org.parley.answer.ServingEngine;
import org.parley.config.Lexicons;
import org.parley.corpus.Corpus;
import org.parley.corpus.CorpusLoader;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.DiscordChecks;
import org.parley.store.StatsReport;
import org.parley.store.StatsView;
import org.parley.store.Store;
import org.parley.store.TempStore;
import org.parley.ui.AnswerText;
import org.parley.ui.Markdown;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Moderators' and educators' commands over hostile questions and articles: {@code /stats} (through
 * {@link org.parley.store.StatsView}), {@code /reload}, {@code /summary}, {@code /participants} and a Q&amp;A
 * session's digest, each within Discord's limits and pinging nobody.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the engine and the store for every property, in fields
class CommandFuzzTest {

    private AnswerEngine hostile;
    private TempStore temp;
    private Store store;

    @BeforeAll
    void open() throws IOException {
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        temp = TempStore.open("parley-command-fuzz");
        store = temp.store();
    }

    @AfterAll
    void close() throws IOException {
        hostile.close();
        temp.close();
    }

    private static Invocation invocation(String channel, Map<String, Object> options) {
        return new Invocation(DiscordChecks.ASKER, DiscordChecks.GUILD, channel, options, true, false, true);
    }

    // --- /stats ---------------------------------------------------------------------------------------------------

    private static Gen<StatsReport> reports() {
        // Questions are stored as the engine read them: cleaned, on one line.
        Gen<String> question =
                HostileText.text().map(q -> CleanQuestion.of(q, 500).text());
        Gen<StatsReport.Count> count = question.zip(longs().between(1, 1_000_000), StatsReport.Count::new);
        Gen<StatsReport.DayCount> day = integers()
                .between(0, 3_000)
                .zip(
                        longs().between(0, 1_000_000),
                        longs().between(0, 1_000_000),
                        (d, asked, answered) -> new StatsReport.DayCount(
                                LocalDate.of(2025, 1, 1).plusDays(d), asked, answered));
        Gen<StatsReport.ChannelCount> channel = HostileText.of("0123456789", 18, 18)
                .zip(
                        longs().between(0, 1_000_000),
                        longs().between(0, 1_000_000),
                        (id, asked, answered) -> new StatsReport.ChannelCount("7" + id, asked, answered));
        Gen<Long> questionsAsked = longs().between(0, Long.MAX_VALUE / 2);
        Gen<Long> votes = longs().between(0, 1_000_000);
        Gen<List<StatsReport.Count>> counts = lists().of(count).ofSizeBetween(0, StatsCommand.TOP);
        Gen<List<StatsReport.DayCount>> days =
                lists().of(day).ofSizeBetween(0, org.parley.store.StatsView.Period.MAX_DAYS);
        Gen<List<StatsReport.ChannelCount>> channels = lists().of(channel).ofSizeBetween(0, 40);
        // Seven parts: more than Gen.zip takes, so drawn one after another.
        return in -> {
            long asked = questionsAsked.generate(in);
            long voted = votes.generate(in);
            return new StatsReport(
                    java.time.Instant.EPOCH,
                    java.time.Instant.EPOCH,
                    asked,
                    asked / 2,
                    voted,
                    voted / 3,
                    counts.generate(in),
                    counts.generate(in),
                    counts.generate(in),
                    days.generate(in),
                    channels.generate(in));
        };
    }

    @Test
    void statsFitAndShowQuestionsEscaped() {
        Fuzz.seeded()
                .qt(150)
                .forAll(reports(), integers().between(1, org.parley.store.StatsView.Period.MAX_DAYS))
                .checkAssert(CommandFuzzTest::assertStatsSafe);
    }

    private static void assertStatsSafe(StatsReport report, int days) {
        MessageEmbed embed = StatsCommand.embed(report, days);

        Set<String> channels = new HashSet<>();
        report.perChannel().forEach(c -> channels.add(c.channelId()));
        DiscordChecks.assertSafe(embed, channels);
        MarkdownChecks.assertNoPings(
                StatsView.of(report, days, Markdown::escape, id -> id).markdown(), Set.of());
        List<String> questions = new ArrayList<>();
        report.mostRefused().forEach(c -> questions.add(c.question()));
        report.mostClosest().forEach(c -> questions.add(c.question()));
        report.mostDownvoted().forEach(c -> questions.add(c.question()));
        List<String> lines = embed.getFields().stream()
                .limit(3)
                .flatMap(f -> f.getValue().lines())
                .filter(l -> l.endsWith("\u00D7)"))
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
    @Test
    void statsOverRecordedHostileQuestions() {
        Fuzz.seeded().qt(30).forAll(questions()).checkAssert(this::assertStatsOverRecorded);
    }

    private void assertStatsOverRecorded(List<String> questions) {
        String channel = "6" + Long.toString(System.nanoTime()).substring(0, 10) + "00000000";
        for (String q : questions) {
            Answer a = hostile.ask(q);
            long id = store.questions().record(DiscordChecks.GUILD, channel, DiscordChecks.ASKER, a, "slash");
            if (!a.answered())
                store.feedback()
                        .record(
                                new org.parley.store.Feedback(
                                        java.time.Instant.now(),
                                        a.question(),
                                        AnswerText.lead(a),
                                        List.of(),
                                        "hash",
                                        false),
                                id);
        }
        StatsCommand command = new StatsCommand(store.stats(), Clock.systemUTC());

        BotReply reply = command.run(invocation(channel, Map.of(StatsCommand.EXPORT, true, StatsCommand.DAYS, 30L)));

        Set<String> channels = new HashSet<>();
        store.stats()
                .report(
                        DiscordChecks.GUILD,
                        java.time.Instant.EPOCH,
                        java.time.Instant.now().plusSeconds(1),
                        50)
                .perChannel()
                .forEach(c -> channels.add(c.channelId()));
        DiscordChecks.assertSafe(reply, channels);
        assertEquals(1, reply.files().size(), "the CSV export");
        String csv = new String(reply.files().get(0).data(), StandardCharsets.UTF_8);
        assertTrue(HostileText.isWellFormed(csv));
    }

    private static Gen<List<String>> questions() {
        return lists().of(HostileText.text()).ofSizeBetween(1, 6);
    }

    // --- /reload --------------------------------------------------------------------------------------------------

    private static Gen<ServingEngine.Reload> reloads() {
        Gen<Boolean> changed = booleans().all();
        Gen<List<String>> titles = lists().of(HostileText.text()).ofSizeBetween(0, 60);
        Gen<List<CorpusLoader.Skipped>> skipped = lists().of(
                        HostileText.text().zip(HostileText.text(), CorpusLoader.Skipped::new))
                .ofSizeBetween(0, 40);
        Gen<Long> ms = longs().between(0, 10_000_000);
        Gen<Optional<String>> failure = Generate.oneOf(
                Generate.constant(Optional.<String>empty()), HostileText.text().map(Optional::of));
        // Seven parts: more than Gen.zip takes, so drawn one after another.
        return in -> new ServingEngine.Reload(
                changed.generate(in),
                titles.generate(in),
                titles.generate(in),
                titles.generate(in),
                skipped.generate(in),
                Duration.ofMillis(ms.generate(in)),
                failure.generate(in));
    }

    @Test
    void reloadNamesHostileTitlesAndFilesSafely() {
        Fuzz.seeded().qt(150).forAll(reloads()).checkAssert(reload -> {
            MessageEmbed embed = ReloadCommand.embed(reload);

            DiscordChecks.assertSafe(embed, Set.of());
            assertFalse(embed.getDescription().isBlank());
        });
    }

    /** Regression (shrunk): a skipped file's name went out as it was, so a file named "@everyone" stood there whole. */
    @Test
    void aSkippedFileNamedLikeAMentionIsDefused() {
        ServingEngine.Reload reload = new ServingEngine.Reload(
                true,
                List.of(),
                List.of(),
                List.of(),
                List.of(new CorpusLoader.Skipped("@everyone", "\uD800\uDC00")),
                Duration.ZERO,
                Optional.empty());

        MessageEmbed embed = ReloadCommand.embed(reload);

        DiscordChecks.assertSafe(embed, Set.of());
        assertTrue(embed.getDescription().contains("`@\u200Beveryone`"), embed.getDescription());
    }

    // --- /summary, /participants, sessions -----------------------------------------------------------------------

    /** Summary and cast over the hostile fixture, and over generated hostile articles. */
    @Test
    void summaryAndCastOfHostileArticlesFitAndPingNobody() {
        Fuzz.seeded().qt(20).forAll(HostileText.article()).checkAssert(this::assertSummaryAndCastSafe);
    }

    private void assertSummaryAndCastSafe(String article) {
        Corpus corpus = new CorpusLoader(Lexicons.repository()).fromTexts(List.of("generated"), List.of(article));
        try (AnswerEngine generated = AnswerEngine.open(Engines.settings("hostile", false), corpus)) {
            for (AnswerEngine engine : List.of(hostile, generated)) {
                Invocation asked = invocation(DiscordChecks.CHANNEL, Map.of());
                DiscordChecks.assertSafe(new SummaryCommand(() -> engine).run(asked), Set.of());
                DiscordChecks.assertSafe(new CastCommand(() -> engine).run(asked), Set.of());
                DiscordChecks.assertSafe(new SourcesCommand(() -> engine).run(asked), Set.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Q&amp;A session over hostile questions ends in a digest (embed and digest.md) that pings nobody. */
    @Test
    void aSessionOfHostileQuestionsDigestsSafely() {
        Fuzz.seeded().qt(30).forAll(questions()).checkAssert(this::assertSessionDigestSafe);
    }

    private void assertSessionDigestSafe(List<String> questions) {
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
