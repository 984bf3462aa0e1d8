package org.parley.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.answer.AnswerEngine;
import org.parley.answer.CleanQuestion;
import org.parley.answer.Engines;
import org.parley.answer.Fuzz;
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
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The moderators' desk ({@link HandoffDesk}) and quizzes ({@link QuizDesk}) over hostile questions, answers and
 * articles: within Discord's limits, no ping but Parley's own links to the asker and the moderator, and user and
 * article text shown escaped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one engine a corpus for every property, in fields
class DeskFuzzTest {

    private AnswerEngine hostile;
    private AnswerEngine riyadh;

    @BeforeAll
    void open() {
        hostile = AnswerEngine.open(Engines.settings("hostile", false));
        riyadh = AnswerEngine.open(Engines.settings("riyadh", false));
    }

    @AfterAll
    void close() throws IOException {
        hostile.close();
        riyadh.close();
    }

    private static Gen<Handoff> handoffs() {
        return longs().between(1, Long.MAX_VALUE)
                .zip(
                        HostileText.text(),
                        HostileText.text(),
                        HostileText.pick("", DiscordChecks.MESSAGE),
                        HostileText.pick(Handoffs.OPEN, Handoffs.ANSWERED),
                        (id, question, reply, message, status) -> new Handoff(
                                id,
                                Instant.EPOCH,
                                id,
                                DiscordChecks.GUILD,
                                DiscordChecks.CHANNEL,
                                message,
                                DiscordChecks.ASKER,
                                question,
                                reply,
                                status,
                                "",
                                "",
                                null));
    }

    @Test
    void theModeratorsSeeTheQuestionEscapedAndTheAskerAsALink() {
        Fuzz.seeded().qt(200).forAll(handoffs()).checkAssert(DeskFuzzTest::assertDeskMessage);
    }

    private static void assertDeskMessage(Handoff h) {
        BotReply reply = HandoffDesk.deskMessage(h);

        DiscordChecks.assertSafe(reply);
        String description = reply.embeds().get(0).getDescription();
        int asked = description.indexOf(
                "\n**Asked by:** <@" + DiscordChecks.ASKER + "> in <#" + DiscordChecks.CHANNEL + ">");
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

    @Test
    void aModeratorsAnswerKeepsTheirFormattingButPingsNobody() {
        Fuzz.seeded().qt(200).forAll(handoffs(), HostileText.text()).checkAssert(DeskFuzzTest::assertModeratorsAnswer);
    }

    private static void assertModeratorsAnswer(Handoff asked, String text) {
        // Handed-off questions are recorded as the engine read them: cleaned, on one line.
        Handoff h = new Handoff(
                asked.id(),
                asked.at(),
                asked.questionId(),
                asked.guildId(),
                asked.channelId(),
                asked.messageId(),
                asked.askerId(),
                CleanQuestion.of(asked.question(), 500).text(),
                asked.reply(),
                asked.status(),
                "",
                "",
                null);
        BotReply reply = HandoffDesk.answerMessage(h, DiscordChecks.MODERATOR, text);

        DiscordChecks.assertSafe(reply);
        String description = reply.embeds().get(0).getDescription();
        String signed =
                "\n\n-# Answered by <@" + DiscordChecks.MODERATOR + ">, a moderator \u2014 not from the articles.";
        assertTrue(description.endsWith(signed), description);
        int answer = description.indexOf("\n\n");
        MarkdownChecks.assertVerbatim(description.substring("**Q:** ".length(), answer), h.question());
        String shown = description.substring(answer + 2, description.length() - signed.length());
        assertEquals(
                MarkdownChecks.visible(Limits.fit(text, HandoffDesk.MAX_ANSWER)),
                MarkdownChecks.visible(shown),
                "the moderator's text as they wrote it, but for zero-width spaces");
    }

    /** Regression: a moderator's answer went out as typed, so "@everyone" or "<@&456>" in it stood there whole. */
    @Test
    void aModeratorsMentionIsDefused() {
        Handoff h = new Handoff(
                1,
                Instant.EPOCH,
                1,
                DiscordChecks.GUILD,
                DiscordChecks.CHANNEL,
                "",
                DiscordChecks.ASKER,
                "Who?",
                "",
                Handoffs.OPEN,
                "",
                "",
                null);
        BotReply reply = HandoffDesk.answerMessage(h, DiscordChecks.MODERATOR, "**Yes** @everyone, ask <@&456>.");

        DiscordChecks.assertSafe(reply);
        assertTrue(
                reply.embeds().get(0).getDescription().contains("**Yes** @\u200Beveryone, ask <\u200B@\u200B&456>."),
                reply.embeds().get(0).getDescription());
    }

    // --- quizzes -----------------------------------------------------------------------------------------------

    /**
     * Hostile text on one line, never empty. An empty draw becomes a single character rather than an assumption: five
     * of these go into each question, and rejecting every draw with one blank among them made QuickTheories give up
     * on some seeds ("Gave up after finding only 1 example(s)").
     */
    private static Gen<String> oneLine() {
        return HostileText.text()
                .map(s -> s.replaceAll("[\\s\\p{Cc}]+", " ").strip())
                .map(s -> s.isEmpty() ? "*" : s);
    }

    private Gen<QuizQuestion> madeUpQuestions() {
        Gen<Passage> citation = Generate.pick(hostile.corpus().passages());
        return oneLine()
                .zip(
                        lists().of(oneLine()).ofSize(4),
                        integers().between(0, 3),
                        citation,
                        (prompt, choices, answer, passage) ->
                                new QuizQuestion("who-said", prompt, choices, answer, passage));
    }

    @Test
    void aQuizQuestionAndItsRevealShowEveryPartEscaped() {
        Fuzz.seeded()
                .qt(150)
                .forAll(madeUpQuestions(), integers().between(1, 15), quizIds())
                .checkAssert((q, count, quizId) -> {
                    List<QuizQuestion> questions = java.util.Collections.nCopies(count, q);
                    BotReply shown = QuizDesk.question(quizId, questions, count - 1);

                    assertQuizShown(shown, q);
                    MessageEmbed revealed = QuizDesk.reveal(q, shown.embeds());
                    assertRevealed(revealed, q);
                });
    }

    private static Gen<Long> quizIds() {
        return longs().between(1, Long.MAX_VALUE);
    }

    /** Quizzes the real quiz maker builds from the hostile article (and Riyadh), any seed. */
    @Test
    void quizzesFromArticlesRenderSafely() {
        Fuzz fuzz = Fuzz.seeded();
        Fuzz.Coverage some = fuzz.coverage("quizzes with questions");
        fuzz.qt(40).forAll(quizIds(), booleans().all()).checkAssert((seed, overHostileArticle) -> {
            AnswerEngine engine = overHostileArticle ? hostile : riyadh;
            List<QuizQuestion> questions = new QuizMaker(engine.corpus(), engine.facts(), engine.lexicon())
                    .make(QuizDesk.MAX_QUESTIONS, new SplittableRandom(seed));

            for (int i = 0; i < questions.size(); i++) {
                BotReply shown = QuizDesk.question(seed, questions, i);
                assertQuizShown(shown, questions.get(i));
                assertRevealed(QuizDesk.reveal(questions.get(i), shown.embeds()), questions.get(i));
            }
            some.collect(!questions.isEmpty());
        });
        some.assertMoreThan(50);
    }

    private static void assertQuizShown(BotReply shown, QuizQuestion q) {
        DiscordChecks.assertSafe(shown, Set.of());
        assertEquals(q.choices().size() + 1, shown.buttons().size(), "a button per choice and the educator's");
        List<String> lines = shown.embeds().get(0).getDescription().lines().toList();
        MarkdownChecks.assertVerbatim(lines.get(0), q.prompt());
        for (int i = 0; i < q.choices().size(); i++) {
            String prefix = "**" + QuizDesk.LETTERS[i] + ".** ";
            assertTrue(lines.get(2 + i).startsWith(prefix), lines.get(2 + i));
            MarkdownChecks.assertVerbatim(
                    lines.get(2 + i).substring(prefix.length()), q.choices().get(i));
        }
    }

    private static void assertRevealed(MessageEmbed revealed, QuizQuestion q) {
        DiscordChecks.assertSafe(revealed, Set.of());
        String description = revealed.getDescription();
        int open = description.lastIndexOf("**\n\u201C");
        int close = description.lastIndexOf("\u201D\n\u2014 *");
        assertTrue(open > 0 && close > open, description);
        MarkdownChecks.assertVerbatim(
                description.substring(open + 4, close), q.citation().quote());
    }

    private static Gen<List<QuizScore>> scores() {
        Gen<String> player = HostileText.of("0123456789", 18, 18).map(d -> "8" + d);
        Gen<QuizScore> score = player.zip(
                integers().between(0, 20),
                integers().between(0, 20),
                (id, right, answered) -> new QuizScore(id, Math.min(right, answered), answered));
        return lists().of(score).ofSizeBetween(0, 80);
    }

    @Test
    void theScoreboardLinksPlayersWithinLimits() {
        Fuzz.seeded().qt(100).forAll(scores(), integers().between(1, 20)).checkAssert((scores, questions) -> {
            BotReply reply = QuizDesk.scoreboard(scores, questions);

            Set<String> players = new HashSet<>();
            scores.forEach(s -> players.add(s.userId()));
            DiscordChecks.assertSafe(reply, players);
            String description = reply.embeds().get(0).getDescription();
            assertEquals(
                    Math.min(20, scores.size()),
                    description
                            .lines()
                            .filter(l -> l.matches("\\d+\\. <@8\\d{18}> .*"))
                            .count());
            assertFalse(description.isBlank());
        });
    }
}
