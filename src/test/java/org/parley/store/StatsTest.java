package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.answer.Answer;
import org.parley.store.StatsReport.ChannelCount;
import org.parley.store.StatsReport.Count;
import org.parley.store.StatsReport.DayCount;

/** Known traffic over two days, then the exact figures a moderator gets. */
class StatsTest {

    private static final Instant FROM = Instant.parse("2025-02-18T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-02-20T00:00:00Z");
    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";

    private Database db;
    private Stats stats;

    private void traffic(TestDatabase store) {
        db = store.open();
        StepClock clock = new StepClock(FROM, Duration.ZERO);
        QuestionLog log = new QuestionLog(db, clock);
        FeedbackStore feedback = new FeedbackStore(db);
        ask(log, clock, "2025-02-17T23:59:59Z", "g1", "chanA", Answers.answered("Before the period"));
        long met = ask(log, clock, "2025-02-18T10:00:00Z", "g1", "chanA", Answers.answered("Who met?"));
        ask(log, clock, "2025-02-18T11:00:00Z", "g1", "chanA", Answers.refused("What is the population of Brazil?"));
        ask(log, clock, "2025-02-18T12:00:00Z", "g1", "chanB", Answers.refused("what is the population  of brazil"));
        ask(log, clock, "2025-02-18T23:59:59.999Z", "g2", "chanC", Answers.refused("Who paid?"));
        ask(log, clock, "2025-02-19T00:00:00Z", "g1", "chanA", Answers.refused(FORMULA));
        long dm = ask(log, clock, "2025-02-19T09:00:00Z", "", "dm", Answers.answered("Who met?"));
        ask(log, clock, "2025-02-19T10:00:00Z", "g1", "chanB", Answers.refused("What is the population of Brazil?!"));
        long late = ask(log, clock, "2025-02-20T00:00:00Z", "g1", "chanA", Answers.answered("At the end, excluded"));

        feedback.record(vote("2025-02-18T12:00:00Z", "who met", "u1", false), met);
        feedback.record(vote("2025-02-18T12:01:00Z", "who met", "u2", false), met);
        feedback.record(vote("2025-02-18T12:02:00Z", "who met", "u3", true), met);
        feedback.record(vote("2025-02-19T01:00:00Z", "Who paid?", "u1", false));
        feedback.record(vote("2025-02-19T02:00:00Z", "Anything", "u4", true));
        feedback.record(vote("2025-02-19T09:05:00Z", "Who met?", "u5", false), dm);
        feedback.record(vote("2025-02-20T01:00:00Z", "At the end, excluded", "u1", false), late);
        stats = new Stats(db);
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    private static long ask(QuestionLog log, StepClock clock, String at, String guild, String channel, Answer answer) {
        clock.moveTo(Instant.parse(at));
        return log.record(guild, channel, "user-" + channel, answer, guild.isEmpty() ? "console" : "slash");
    }

    private static Feedback vote(String at, String question, String user, boolean helpful) {
        return new Feedback(Instant.parse(at), question, "lead", List.of(), FeedbackStore.hashUserId(user), helpful);
    }

    @OnBothDatabases
    void everyGuild(TestDatabase store) {
        traffic(store);
        StatsReport r = stats.report("", FROM, TO, 10);
        assertEquals(7, r.asked());
        assertEquals(2, r.answered());
        assertEquals(2.0 / 7, r.answeredShare(), 1e-12);
        assertEquals(2, r.helpful(), "the linked 👍 and the unlinked one");
        assertEquals(4, r.unhelpful(), "three linked 👎 in the period and one unlinked");
        assertEquals(
                List.of(
                        new Count("What is the population of Brazil?", 3),
                        new Count(FORMULA, 1),
                        new Count("Who paid?", 1)),
                r.mostRefused());
        assertEquals(
                List.of(new Count("Who met?", 3), new Count("Who paid?", 1)),
                r.mostDownvoted(),
                "votes on both askings of 'Who met?' count for it; the unlinked one by its own text");
        assertEquals(
                List.of(
                        new DayCount(LocalDate.parse("2025-02-18"), 4, 1),
                        new DayCount(LocalDate.parse("2025-02-19"), 3, 1)),
                r.perDay());
        assertEquals(
                List.of(
                        new ChannelCount("chanA", 3, 1),
                        new ChannelCount("chanB", 2, 0),
                        new ChannelCount("chanC", 1, 0),
                        new ChannelCount("dm", 1, 1)),
                r.perChannel());
        assertEquals(FROM, r.from());
        assertEquals(TO, r.to());
    }

    @OnBothDatabases
    void oneGuildAndATopLimit(TestDatabase store) {
        traffic(store);
        StatsReport r = stats.report("g1", FROM, TO, 1);
        assertEquals(5, r.asked());
        assertEquals(1, r.answered());
        assertEquals(1, r.helpful());
        assertEquals(2, r.unhelpful(), "votes not linked to a question belong to no guild");
        assertEquals(List.of(new Count("What is the population of Brazil?", 3)), r.mostRefused());
        assertEquals(List.of(new Count("Who met?", 2)), r.mostDownvoted());
        assertEquals(List.of(new ChannelCount("chanA", 3, 1), new ChannelCount("chanB", 2, 0)), r.perChannel());
    }

    @OnBothDatabases
    void closestPassageOffersAreListedApartFromAnswersAndRefusals(TestDatabase store) {
        db = store.open();
        StepClock clock = new StepClock(FROM, Duration.ZERO);
        QuestionLog log = new QuestionLog(db, clock);
        ask(log, clock, "2025-02-18T10:00:00Z", "g1", "chanA", Answers.answered("Who met?"));
        ask(log, clock, "2025-02-18T11:00:00Z", "g1", "chanA", Answers.closest("Who is the king?"));
        ask(log, clock, "2025-02-18T12:00:00Z", "g1", "chanB", Answers.closest("who is the  king"));
        ask(log, clock, "2025-02-18T13:00:00Z", "g1", "chanB", Answers.refused("What is the population of Brazil?"));
        ask(log, clock, "2025-02-18T14:00:00Z", "g1", "chanB", Answers.tooVague("Why?"));
        StatsReport r = new Stats(db).report("", FROM, TO, 10);
        // Counted as the session digest counts it: an offer of the closest passage is not "answered".
        assertEquals(1, r.answered(), "only the answer, not the offers of the closest passage");
        assertEquals(
                1, r.perChannel().stream().mapToLong(ChannelCount::answered).sum());
        assertEquals(1, r.perDay().stream().mapToLong(DayCount::answered).sum());
        assertEquals(List.of(new Count("Who is the king?", 2)), r.mostClosest());
        // "Why?" got a request for more words: not something the articles lack.
        assertEquals(List.of(new Count("What is the population of Brazil?", 1)), r.mostRefused());
        assertEquals(5, r.asked());
        assertTrue(StatsView.of(r, 2, q -> q, c -> c).markdown().contains("Who is the king? (2\u00D7)"));
    }

    @OnBothDatabases
    void aQuietPeriodHasNothingAndNoShare(TestDatabase store) {
        traffic(store);
        StatsReport r =
                stats.report("", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"), 5);
        assertEquals(0, r.asked());
        assertEquals(0.0, r.answeredShare());
        assertTrue(r.perDay().isEmpty()
                && r.perChannel().isEmpty()
                && r.mostRefused().isEmpty());
    }

    @OnBothDatabases
    void csvHasOneQuotedRowPerQuestionAndDefusesFormulas(TestDatabase store) {
        traffic(store);
        String csv = stats.csv("g1", FROM, TO);
        assertTrue(csv.endsWith("\r\n"), "every record ends with CRLF");
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(
                List.of(
                        "at,guild,channel,via,question,answered,confidence,helpful_votes,unhelpful_votes,first_citation",
                        "2025-02-18T10:00:00Z,g1,chanA,slash,Who met?,true,0.875,1,2,\"Talks in Riyadh, paragraph 3\"",
                        "2025-02-18T11:00:00Z,g1,chanA,slash,What is the population of Brazil?,false,0.125,0,0,",
                        "2025-02-18T12:00:00Z,g1,chanB,slash,what is the population  of brazil,false,0.125,0,0,",
                        "2025-02-19T00:00:00Z,g1,chanA,slash,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",false,0.125,0,0,",
                        "2025-02-19T10:00:00Z,g1,chanB,slash,What is the population of Brazil?!,false,0.125,0,0,"),
                lines);
        assertEquals(8, stats.csv("", FROM, TO).split("\r\n").length, "header and the seven questions of every guild");
    }

    @Test
    void csvCellsFollowRfc4180AndStartNoFormula() {
        assertEquals("plain", Stats.csvCell("plain"));
        assertEquals("", Stats.csvCell(""));
        assertEquals("'+1", Stats.csvCell("+1"));
        assertEquals("'-2+3", Stats.csvCell("-2+3"));
        assertEquals("'@SUM(A1)", Stats.csvCell("@SUM(A1)"));
        assertEquals("a-b=c", Stats.csvCell("a-b=c"), "only a leading sign starts a formula");
        assertEquals("\"line one\nline two\"", Stats.csvCell("line one\nline two"));
        assertEquals("\"say \"\"hi\"\"\"", Stats.csvCell("say \"hi\""));
        assertEquals("\"'=1,2\"", Stats.csvCell("=1,2"));
    }
}
