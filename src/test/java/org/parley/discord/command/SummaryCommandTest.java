package org.parley.discord.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.answer.AnswerEngine;
import org.parley.answer.EngineSettings;
import org.parley.answer.Engines;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.DiscordChecks;

/**
 * {@code /summary} over a corpus of two stories (the Riyadh and the Istanbul talks): read together by default, and
 * one story alone when {@code article:} names it.
 */
class SummaryCommandTest {

    @TempDir
    static Path corpus;

    private static AnswerEngine engine;

    @BeforeAll
    static void open() throws IOException {
        Engines.copyFixtures(corpus, "riyadh", "istanbul");
        EngineSettings base = Engines.settings("riyadh", false);
        engine = AnswerEngine.open(new EngineSettings(
                corpus, Optional.empty(), base.lexicon(), false, base.maxCitations(), base.maxQuestionChars()));
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    @Test
    void oneArticleNamedIsSummarisedAloneWithItsOwnPeopleAndPlace() {
        BotReply reply = run(Map.of("article", "istanbul"));
        MessageEmbed embed = reply.embeds().get(0);
        String text = String.join("\n", DiscordChecks.texts(reply));
        assertEquals("Summary: Russia ukraine istanbul talks", embed.getTitle());
        assertTrue(text.contains("Medinsky") && text.contains("**Where:** Istanbul"), text);
        assertFalse(text.contains("Rubio") || text.contains("Lavrov"), "the Riyadh story's people stay out: " + text);
        assertFalse(reply.ephemeral());

        String riyadh = String.join("\n", DiscordChecks.texts(run(Map.of("article", "us-russia-riyadh-talks"))));
        assertTrue(riyadh.contains("Rubio") && riyadh.contains("Riyadh"), riyadh);
        assertFalse(riyadh.contains("Medinsky"), riyadh);
    }

    @Test
    void withoutAnArticleBothAreReadTogetherAndTheFooterSaysSo() {
        MessageEmbed embed = run(Map.of()).embeds().get(0);
        String text = String.join("\n", DiscordChecks.texts(embed));
        assertTrue(text.contains("Medinsky") && text.contains("Rubio"), text);
        assertTrue(
                embed.getFooter().getText().contains("2 articles, read together"),
                embed.getFooter().getText());
    }

    @Test
    void wordsThatFitNoneOrSeveralArticlesGetAPrivateNoteThatPingsNobody() {
        Invocation unknown = new Invocation(
                DiscordChecks.ASKER,
                DiscordChecks.GUILD,
                DiscordChecks.CHANNEL,
                Map.of("article", "Geneva"),
                false,
                false,
                true);
        assertTrue(
                new SummaryCommand(() -> engine).refusal(unknown).orElseThrow().startsWith("No article matches"),
                "said before any deferral, so it stays private");
        BotReply none = run(Map.of("article", "@everyone Geneva"));
        assertTrue(none.ephemeral());
        assertTrue(none.content().startsWith("No article matches"), none.content());
        DiscordChecks.assertSafe(none, Set.of());

        BotReply several = run(Map.of("article", "talks"));
        assertTrue(several.ephemeral());
        assertTrue(
                several.content().contains("fits 2 articles")
                        && several.content().contains("Russia ukraine istanbul talks"),
                several.content());
    }

    @Test
    void aWholeTitleOrFileNameWinsOverArticlesThatOnlyHoldIt() {
        assertEquals(
                List.of("russia-ukraine-istanbul-talks"),
                engine.articlesNamed("Russia-Ukraine-Istanbul-Talks").stream()
                        .map(a -> a.id())
                        .toList(),
                "a file name, case aside");
        assertEquals(
                List.of("us-russia-riyadh-talks"),
                engine.articlesNamed("us and russia hold talks in riyadh on ending the war in ukraine").stream()
                        .map(a -> a.id())
                        .toList(),
                "a whole title, case aside");
        assertEquals(2, engine.articlesNamed("russia").size());
        assertEquals(
                List.of("russia-ukraine-istanbul-talks"),
                engine.articlesNamed("russia-ukraine-istanbul-talks.txt").stream()
                        .map(a -> a.id())
                        .toList(),
                "the file name with its extension, as the folder lists it");
    }

    private static BotReply run(Map<String, Object> options) {
        BotReply reply = new SummaryCommand(() -> engine)
                .run(new Invocation(
                        DiscordChecks.ASKER, DiscordChecks.GUILD, DiscordChecks.CHANNEL, options, false, false, true));
        DiscordChecks.assertFits(reply);
        return reply;
    }
}
