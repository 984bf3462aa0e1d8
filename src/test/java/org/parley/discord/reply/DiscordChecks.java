package org.parley.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.parley.answer.HostileText;
import org.parley.answer.MarkdownChecks;

/**
 * Discord's limits and Parley's promises, checked on the JDA objects a reply becomes. The numbers are Discord's,
 * written out here rather than read from JDA's constants, so a wrong constant would show.
 */
public final class DiscordChecks {

    private DiscordChecks() {}

    /** Ids a test gives Parley as its own (asker, moderator, channel, server): 19 digits, never generated as text. */
    public static final String ASKER = "9000000000000000001";

    public static final String MODERATOR = "9000000000000000002";
    public static final String CHANNEL = "9000000000000000003";
    public static final String GUILD = "9000000000000000004";
    public static final String MESSAGE = "9000000000000000005";
    public static final Set<String> OWN_IDS = Set.of(ASKER, MODERATOR, CHANNEL, GUILD, MESSAGE);

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void assertFits(MessageEmbed e) {
        int total = 0;
        if (e.getTitle() != null) {
            assertTrue(
                    e.getTitle().length() <= 256, () -> "title " + e.getTitle().length());
            total += e.getTitle().length();
        }
        if (e.getDescription() != null) {
            assertTrue(
                    e.getDescription().length() <= 4096,
                    () -> "description " + e.getDescription().length());
            total += e.getDescription().length();
        }
        assertTrue(e.getFields().size() <= 25, () -> e.getFields().size() + " fields");
        for (MessageEmbed.Field f : e.getFields()) {
            assertTrue(
                    f.getName() != null && !f.getName().isEmpty() && f.getName().length() <= 256,
                    () -> "field name " + f.getName());
            assertTrue(
                    f.getValue() != null
                            && !f.getValue().isEmpty()
                            && f.getValue().length() <= 1024,
                    () -> "field value "
                            + (f.getValue() == null ? "null" : f.getValue().length()));
            total += f.getName().length() + f.getValue().length();
        }
        if (e.getFooter() != null && e.getFooter().getText() != null) {
            assertTrue(
                    e.getFooter().getText().length() <= 2048,
                    () -> "footer " + e.getFooter().getText().length());
            total += e.getFooter().getText().length();
        }
        if (e.getAuthor() != null && e.getAuthor().getName() != null) {
            assertTrue(e.getAuthor().getName().length() <= 256, "author");
            total += e.getAuthor().getName().length();
        }
        int all = total;
        assertTrue(all <= 6000, () -> "embed of " + all + " characters");
        assertTrue(all > 0, "an empty embed is rejected");
    }

    public static void assertFits(Button b) {
        String label = b.getLabel();
        assertTrue(label.length() <= 80, () -> "label " + label);
        assertTrue(!label.isEmpty() || b.getEmoji() != null, "a button shows a label or an emoji");
        if (b.getCustomId() != null) {
            assertTrue(b.getCustomId().length() <= 100, () -> "custom id " + b.getCustomId());
            assertFalse(b.getCustomId().isEmpty(), "custom id");
        }
    }

    /** Every limit of a message: content, embeds one by one and together, one row of buttons, the thread name. */
    public static void assertFits(BotReply r) {
        assertTrue(r.content().length() <= 2000, () -> "content " + r.content().length());
        assertTrue(!r.content().isEmpty() || !r.embeds().isEmpty(), "a reply says something");
        assertTrue(r.embeds().size() <= 10, "embeds");
        r.embeds().forEach(DiscordChecks::assertFits);
        int total = r.embeds().stream().mapToInt(MessageEmbed::getLength).sum();
        assertTrue(total <= 6000, () -> "embeds of " + total + " characters together");
        assertTrue(r.buttons().size() <= 5, "one row holds five buttons");
        r.buttons().forEach(DiscordChecks::assertFits);
        assertTrue(r.thread().length() <= 100, () -> "thread name " + r.thread());
        assertTrue(HostileText.isWellFormed(r.thread()), () -> "a lone surrogate in the thread name " + r.thread());
    }

    /** Everything a person reads in the message (a thread's name is a channel name: it never pings). */
    public static List<String> texts(BotReply r) {
        List<String> out = new ArrayList<>(List.of(r.content()));
        for (MessageEmbed e : r.embeds()) out.addAll(texts(e));
        r.buttons().forEach(b -> out.add(b.getLabel()));
        return out;
    }

    public static List<String> texts(MessageEmbed e) {
        List<String> out = new ArrayList<>();
        if (e.getTitle() != null) out.add(e.getTitle());
        if (e.getDescription() != null) out.add(e.getDescription());
        e.getFields().forEach(f -> {
            out.add(f.getName());
            out.add(f.getValue());
        });
        if (e.getFooter() != null && e.getFooter().getText() != null)
            out.add(e.getFooter().getText());
        if (e.getAuthor() != null && e.getAuthor().getName() != null)
            out.add(e.getAuthor().getName());
        return out;
    }

    /**
     * The reply as it goes out ({@link Outgoing#create}): nobody can be pinged (allowed mentions empty, replied user
     * off, in JDA's data and in the JSON body Discord receives); the body serialises; and its text holds no mention
     * from user or article text nor a lone surrogate.
     */
    public static void assertSafe(BotReply r, Set<String> ownIds) {
        assertFits(r);
        for (String text : texts(r)) {
            MarkdownChecks.assertNoPings(text, ownIds);
            assertTrue(HostileText.isWellFormed(text), () -> "a lone surrogate in: " + text);
        }
        try (MessageCreateData data = Outgoing.create(r)) {
            assertTrue(data.getAllowedMentions().isEmpty(), () -> "allowed mentions " + data.getAllowedMentions());
            assertTrue(
                    data.getMentionedUsers().isEmpty()
                            && data.getMentionedRoles().isEmpty(),
                    "no user or role whitelisted");
            assertFalse(data.isMentionRepliedUser(), "replied user");
            JsonNode body = JSON.readTree(data.toData().toJson());
            JsonNode allowed = body.get("allowed_mentions");
            assertTrue(
                    allowed != null
                            && allowed.get("parse").isArray()
                            && allowed.get("parse").isEmpty(),
                    body::toString);
            assertFalse(allowed.path("replied_user").asBoolean(false), body::toString);
            assertEquals(r.embeds().size(), body.path("embeds").size(), "every embed is sent");
        } catch (java.io.IOException e) {
            throw new AssertionError("the message body is not JSON", e);
        }
    }

    public static void assertSafe(BotReply r) {
        assertSafe(r, OWN_IDS);
    }

    /** An embed sent on its own (an edit, a reveal): limits, no mentions from user or article text. */
    public static void assertSafe(MessageEmbed e, Set<String> ownIds) {
        assertSafe(BotReply.of(e, List.of(), false), ownIds);
    }
}
