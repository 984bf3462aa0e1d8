package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.HostileText;
import org.parley.answer.MarkdownChecks;
import org.parley.corpus.Passage;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.DiscordChecks;
import org.parley.discord.reply.Limits;
import org.parley.quiz.QuizMaker;
import org.parley.quiz.QuizQuestion;
import org.parley.store.Handoff;
import org.parley.store.Handoffs;
import org.parley.store.QuizScore;

import net.dv8tion.jda.api.entities.MessageEmbed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The moderators' desk ({@link HandoffDesk}) and quizzes ({@link QuizDesk}) over hostile questions, answers and
 * articles: within Discord's limits, no ping but Parley's own links to the asker and the moderator, and user and
 * article text shown escaped.
 */
class DeskFuzzTest {

    private static AnswerEngine hostile;
    private static AnswerEngine riyadh;

    @BeforeContainer
    static void open() {
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
    }

    @AfterContainer
    static void close() throws IOException {
        hostile.close();
        riyadh.close();
    }

    @Provide
    Arbitrary<String> hostileText() {
        return HostileText.text();
    }

    @Provide
    Arbitrary<Handoff> handoffs() {
        return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), HostileText.text(), HostileText.text(),
                        Arbitraries.of("", DiscordChecks.MESSAGE), Arbitraries.of(Handoffs.OPEN, Handoffs.ANSWERED))
                .as((id, question, reply, message, status) -> new Handoff(id, Instant.EPOCH, id, DiscordChecks.GUILD,
                        DiscordChecks.CHANNEL, message, DiscordChecks.ASKER, question, reply, status, "", "", null));
    }

    @Property(tries = 200)
    void theModeratorsSeeTheQuestionEscapedAndTheAskerAsALink(@ForAll("handoffs") Handoff h) {
        BotReply reply = HandoffDesk.deskMessage(h);

        DiscordChecks.assertSafe(reply);
        String description = reply.embeds().get(0).getDescription();
        int asked = description.indexOf("\n**Asked by:** <@" + DiscordChecks.ASKER + "> in <#" + DiscordChecks.CHANNEL + ">");
        assertTrue(description.startsWith("**Question:** ") && asked > 0, description);
        MarkdownChecks.assertVerbatim(description.substring("**Question:** ".length(), asked), h.question());
        String said = "\n\n**Parley said:** ";
        String parley = description.substring(description.indexOf(said) + said.length());
        if (h.reply().isBlank()) {
            assertEquals("_nothing recorded_", parley);
        } else {
            MarkdownChecks.assertVerbatim(parley, h.reply());
        }
    }

    @Property(tries = 200)
    void aModeratorsAnswerKeepsTheirFormattingButPingsNobody(@ForAll("handoffs") Handoff asked, @ForAll("hostileText") String text) {
        // Handed-off questions are recorded as the engine read them: cleaned, on one line.
        Handoff h = new Handoff(asked.id(), asked.at(), asked.questionId(), asked.guildId(), asked.channelId(), asked.messageId(),
                asked.askerId(), CleanQuestion.of(asked.question(), 500).text(), asked.reply(), asked.status(), "", "", null);
        BotReply reply = HandoffDesk.answerMessage(h, DiscordChecks.MODERATOR, text);

        DiscordChecks.assertSafe(reply);
        String description = reply.embeds().get(0).getDescription();
        String signed = "\n\n-# Answered by <@" + DiscordChecks.MODERATOR + ">, a moderator \u2014 not from the articles.";
        assertTrue(description.endsWith(signed), description);
        int answer = description.indexOf("\n\n");
        MarkdownChecks.assertVerbatim(description.substring("**Q:** ".length(), answer), h.question());
        String shown = description.substring(answer + 2, description.length() - signed.length());
        assertEquals(MarkdownChecks.visible(Limits.fit(text, HandoffDesk.MAX_ANSWER)), MarkdownChecks.visible(shown),
                "the moderator's text as they wrote it, but for zero-width spaces");
    }

    /** Regression: a moderator's answer went out as typed, so "@everyone" or "<@&456>" in it stood there whole. */
    @Example
    void aModeratorsMentionIsDefused() {
        Handoff h = new Handoff(1, Instant.EPOCH, 1, DiscordChecks.GUILD, DiscordChecks.CHANNEL, "", DiscordChecks.ASKER,
                "Who?", "", Handoffs.OPEN, "", "", null);
        BotReply reply = HandoffDesk.answerMessage(h, DiscordChecks.MODERATOR, "**Yes** @everyone, ask <@&456>.");

        DiscordChecks.assertSafe(reply);
        assertTrue(reply.embeds().get(0).getDescription().contains("**Yes** @\u200Beveryone, ask <\u200B@\u200B&456>."),
                reply.embeds().get(0).getDescription());
    }

    // --- quizzes -----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> oneLine() {
        return HostileText.text().map(s -> s.replaceAll("[\\s\\p{Cc}]+", " ").strip()).filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<QuizQuestion> madeUpQuestions() {
        Arbitrary<Passage> citation = Arbitraries.of(hostile.corpus().passages());
        return Combinators.combine(oneLine(), oneLine().list().ofSize(4), Arbitraries.integers().between(0, 3), citation)
                .as((prompt, choices, answer, passage) -> new QuizQuestion("who-said", prompt, choices, answer, passage));
    }

    @Property(tries = 150)
    void aQuizQuestionAndItsRevealShowEveryPartEscaped(@ForAll("madeUpQuestions") QuizQuestion q,
            @ForAll @IntRange(min = 1, max = 15) int count, @ForAll("quizIds") long quizId) {
        List<QuizQuestion> questions = java.util.Collections.nCopies(count, q);
        BotReply shown = QuizDesk.question(quizId, questions, count - 1);

        assertQuizShown(shown, q);
        MessageEmbed revealed = QuizDesk.reveal(q, shown.embeds());
        assertRevealed(revealed, q);
    }

    @Provide
    Arbitrary<Long> quizIds() {
        return Arbitraries.longs().between(1, Long.MAX_VALUE);
    }

    /** Quizzes the real quiz maker builds from the hostile article (and Riyadh), any seed. */
    @Property(tries = 40)
    void quizzesFromArticlesRenderSafely(@ForAll("quizIds") long seed, @ForAll boolean overHostileArticle) {
        AnswerEngine engine = overHostileArticle ? hostile : riyadh;
        List<QuizQuestion> questions = new QuizMaker(engine.corpus(), engine.facts(), engine.lexicon())
                .make(QuizDesk.MAX_QUESTIONS, new SplittableRandom(seed));
        Statistics.label("questions").collect(questions.isEmpty() ? "none" : "some");

        for (int i = 0; i < questions.size(); i++) {
            BotReply shown = QuizDesk.question(seed, questions, i);
            assertQuizShown(shown, questions.get(i));
            assertRevealed(QuizDesk.reveal(questions.get(i), shown.embeds()), questions.get(i));
        }
        Statistics.label("questions").coverage(c -> c.check("some").percentage(p -> p > 50));
    }

    private static void assertQuizShown(BotReply shown, QuizQuestion q) {
        DiscordChecks.assertSafe(shown, Set.of());
        assertEquals(q.choices().size() + 1, shown.buttons().size(), "a button per choice and the educator's");
        List<String> lines = shown.embeds().get(0).getDescription().lines().toList();
        MarkdownChecks.assertVerbatim(lines.get(0), q.prompt());
        for (int i = 0; i < q.choices().size(); i++) {
            String prefix = "**" + QuizDesk.LETTERS[i] + ".** ";
            assertTrue(lines.get(2 + i).startsWith(prefix), lines.get(2 + i));
            MarkdownChecks.assertVerbatim(lines.get(2 + i).substring(prefix.length()), q.choices().get(i));
        }
    }

    private static void assertRevealed(MessageEmbed revealed, QuizQuestion q) {
        DiscordChecks.assertSafe(revealed, Set.of());
        String description = revealed.getDescription();
        int open = description.lastIndexOf("**\n\u201C");
        int close = description.lastIndexOf("\u201D\n\u2014 *");
        assertTrue(open > 0 && close > open, description);
        MarkdownChecks.assertVerbatim(description.substring(open + 4, close), q.citation().quote());
    }

    @Provide
    Arbitrary<List<QuizScore>> scores() {
        Arbitrary<String> player = Arbitraries.strings().numeric().ofLength(18).map(d -> "8" + d);
        return Combinators.combine(player, Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20))
                .as((id, right, answered) -> new QuizScore(id, Math.min(right, answered), answered)).list().ofMaxSize(80);
    }

    @Property(tries = 100)
    void theScoreboardLinksPlayersWithinLimits(@ForAll("scores") List<QuizScore> scores,
            @ForAll @IntRange(min = 1, max = 20) int questions) {
        BotReply reply = QuizDesk.scoreboard(scores, questions);

        Set<String> players = new HashSet<>();
        scores.forEach(s -> players.add(s.userId()));
        DiscordChecks.assertSafe(reply, players);
        String description = reply.embeds().get(0).getDescription();
        assertEquals(Math.min(20, scores.size()), description.lines().filter(l -> l.matches("\\d+\\. <@8\\d{18}> .*")).count());
        assertFalse(description.isBlank());
    }
}
