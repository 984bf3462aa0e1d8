package org.parley.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.parley.discord.ConfiguredGatewaySessionController;

import com.fasterxml.jackson.databind.JsonNode;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/**
 * Drives the real JDA 6.4.2 client against FakeDiscord: login, commands, interactions, messages, pins, rate
 * limits, resume and a bad token.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // lets @BeforeAll/@AfterAll keep JDA's global defaults in a field
class FakeDiscordTest {

    // Generous, because other builds may share the 2 cores; a passing run waits milliseconds, not this.
    // Generous: an await only costs this long when it fails. JDA's websocket waits up to 10 s for a close reply
    // and spaces IDENTIFYs 5 s apart, so a loaded CI machine can need more than 10 s for a reconnect or shutdown.
    private static final Duration WAIT = Duration.ofSeconds(30);

    private EnumSet<Message.MentionType> jdaDefaultMentions;

    private FakeDiscord discord;
    private JDA jda;

    @BeforeAll
    void mentionNobodyByDefault() {
        // What Parley will configure in production; JDA keeps it in a static, so restore it afterwards.
        jdaDefaultMentions = MessageRequest.getDefaultMentions();
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    }

    @AfterAll
    void restoreJdaDefaults() {
        MessageRequest.setDefaultMentions(jdaDefaultMentions);
    }

    @BeforeEach
    void startFakeDiscord() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void shutDown(TestInfo test) throws InterruptedException {
        try {
            if (jda != null) {
                // Graceful: lets in-flight requests finish; shutdownNow() would interrupt them mid-read.
                jda.shutdown();
                if (!jda.awaitShutdown(WAIT)) {
                    jda.shutdownNow();
                    throw new AssertionError("JDA did not shut down within " + WAIT);
                }
            }
            System.out.println("[fake-discord] " + test.getDisplayName() + " routes: " + discord.routesCalled());
            assertEquals(List.of(), discord.unknownRequests(), "JDA called routes FakeDiscord does not know");
        } finally {
            discord.close();
        }
    }

    @Test
    void jdaLogsInAndSeesTheGuild() {
        connect();

        FakeGuild fake = discord.guild();
        assertEquals(fake.bot().id(), jda.getSelfUser().getId());
        assertEquals(discord.applicationId(), jda.getSelfUser().getApplicationId());
        Guild guild = jda.getGuildById(fake.id());
        assertNotNull(guild, "guild should be available after awaitReady");
        assertEquals(List.of(fake.textChannel().id(), fake.secondTextChannel().id()),
                guild.getTextChannels().stream().map(TextChannel::getId).toList());
        assertNotNull(guild.getRoleById(fake.moderatorRole().id()));
        assertTrue(guild.getSelfMember().hasPermission(guild.getTextChannelById(fake.textChannel().id()),
                net.dv8tion.jda.api.Permission.MESSAGE_SEND, net.dv8tion.jda.api.Permission.PIN_MESSAGES));

        // Only asked for explicitly (getSelfUser().getApplicationId() comes from READY), but must parse.
        ApplicationInfo application = jda.retrieveApplicationInfo().complete();
        assertEquals(fake.owner().id(), application.getOwner().getId());

        // How JDA builds the gateway URL: our URL + encoding and version, no compress parameter.
        assertEquals(List.of("/?encoding=json&v=10"), discord.gatewayConnectUrls());
        GatewayFrame identify = discord.awaitReceivedOp(GatewayFrame.OP_IDENTIFY, WAIT);
        assertEquals(discord.botToken(), identify.data().get("token").asText());
        // JDABuilder always sets bit 0 (GUILDS, which has no GatewayIntent constant) besides the given intents.
        assertEquals(1 | GatewayIntent.getRaw(GatewayIntent.GUILD_MESSAGES),
                identify.data().get("intents").asInt());
        // JDA validates the token over REST before it opens the gateway.
        assertEquals("GET users/@me", discord.requests().get(0).summary());
        assertEquals("<valid bot token>", discord.requests().get(0).headers().get("authorization"));
    }

    @Test
    void commandRegistrationReachesTheFake() {
        connect();

        List<Command> global = jda.updateCommands()
                .addCommands(Commands.slash("ask", "Ask about the talks")
                        .addOption(OptionType.STRING, "question", "What you want to know", true))
                .complete();
        Guild guild = jda.getGuildById(discord.guild().id());
        List<Command> local = guild.updateCommands()
                .addCommands(Commands.slash("quote", "Quote a delegate")
                        .addOption(OptionType.USER, "delegate", "Who said it", true))
                .complete();

        Command upserted = jda.upsertCommand(Commands.slash("ask", "Ask anything about the talks")
                        .addOption(OptionType.STRING, "question", "What you want to know", true))
                .complete();

        RecordedRequest put = discord.awaitRequest("PUT", "applications/{application_id}/commands", WAIT);
        assertEquals("ask", put.body().get(0).get("name").asText());
        RecordedRequest post = discord.awaitRequest("POST", "applications/{application_id}/commands", WAIT);
        assertEquals("Ask anything about the talks", post.body().get("description").asText());
        // Like Discord, re-registering a name keeps the command's id.
        assertEquals(global.get(0).getId(), upserted.getId());
        discord.awaitRequest("PUT", "applications/{application_id}/guilds/{guild_id}/commands", WAIT);
        assertEquals("Ask anything about the talks",
                discord.registeredCommands(null).get(0).get("description").asText());
        assertEquals(local.get(0).getId(), discord.registeredCommands(guild.getId()).get(0).get("id").asText());
        assertEquals(OptionType.USER, local.get(0).getOptions().get(0).getType());
    }

    @Test
    void slashCommandReplyIsRecordedWithoutMentions() {
        CompletableFuture<String> question = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash && slash.getName().equals("ask")) {
                question.complete(slash.getOption("question").getAsString()
                        + " from " + slash.getMember().getId() + " in " + slash.getChannel().getId());
                slash.reply("Answer to <@" + discord.guild().member().id() + ">").queue();
            }
        });

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch dispatch = discord.slashCommand(fake.member().id(), fake.textChannel().id(),
                "ask", Map.of("question", "When do talks resume?"));

        RecordedRequest callback = discord.awaitRequest(
                r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                        && r.pathParam("interaction_id").equals(dispatch.interactionId()),
                WAIT);
        assertEquals("When do talks resume? from " + fake.member().id() + " in " + fake.textChannel().id(),
                question.join());
        assertEquals("with_response=true", callback.query());
        assertEquals(4, callback.body().get("type").asInt());
        JsonNode allowedMentions = callback.body().get("data").get("allowed_mentions");
        assertEquals(0, allowedMentions.get("parse").size(), "parse should be empty: " + allowedMentions);
        // Nobody is pinged although the content names a user.
        assertEquals(0, discord.originalResponse(dispatch.interactionId()).orElseThrow().get("mentions").size());
    }

    @Test
    void deferredReplyEditAndFollowUpShowWhereAllowedMentionsGoMissing() {
        String moderatorMention = "<@" + discord.guild().moderator().id() + ">";
        CompletableFuture<Message> plainEdit = new CompletableFuture<>();
        CompletableFuture<Message> editWithoutMentions = new CompletableFuture<>();
        CompletableFuture<Message> followUpSent = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                // Each step starts when the previous one succeeded, so the requests arrive in this order.
                slash.deferReply().queue(hook -> hook.editOriginal("Draft for " + moderatorMention).queue(first -> {
                    plainEdit.complete(first);
                    hook.editOriginal("Final for " + moderatorMention)
                            .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                            .queue(second -> {
                                editWithoutMentions.complete(second);
                                hook.sendMessage("Follow-up for " + moderatorMention)
                                        .queue(followUpSent::complete, followUpSent::completeExceptionally);
                            }, editWithoutMentions::completeExceptionally);
                }, plainEdit::completeExceptionally));
            }
        });

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch dispatch =
                discord.slashCommand(fake.moderator().id(), fake.textChannel().id(), "ask", Map.of());
        assertTimeoutPreemptively(WAIT, () -> followUpSent.get());
        // As Discord resolves them: the plain edit would ping the moderator, the other two nobody.
        assertEquals(List.of(fake.moderator().id()), mentionedUserIds(plainEdit.join()));
        assertEquals(List.of(), mentionedUserIds(editWithoutMentions.join()));
        assertEquals(List.of(), mentionedUserIds(followUpSent.join()));

        List<RecordedRequest> requests = discord.requests();
        RecordedRequest deferral = only(requests, "POST", "interactions/{interaction_id}/{interaction_token}/callback");
        assertEquals(5, deferral.body().get("type").asInt());
        List<RecordedRequest> edits = requests.stream()
                .filter(r -> r.is("PATCH", "webhooks/{application_id}/{interaction_token}/messages/{message_id}"))
                .toList();
        assertEquals(2, edits.size());
        assertEquals("@original", edits.get(0).pathParam("message_id"));
        assertEquals(dispatch.token(), edits.get(0).pathParam("interaction_token"));
        // JDA 6.4.2: a plain editOriginal(String) sends no allowed_mentions at all, whatever the defaults...
        assertFalse(edits.get(0).body().has("allowed_mentions"), edits.get(0).body().toString());
        // ...so Discord parses the content and pings; setAllowedMentions on the edit request fixes it.
        assertEquals(0, edits.get(1).body().get("allowed_mentions").get("parse").size());
        RecordedRequest followUp = only(requests, "POST", "webhooks/{application_id}/{interaction_token}");
        assertEquals("wait=true", followUp.query());
        assertEquals(0, followUp.body().get("allowed_mentions").get("parse").size());

        JsonNode original = discord.originalResponse(dispatch.interactionId()).orElseThrow();
        assertEquals("Final for " + moderatorMention, original.get("content").asText());
        assertEquals(0, original.get("flags").asInt() & MessageStore.FLAG_LOADING, "no longer thinking");
    }

    @Test
    void mentionOfTheBotGetsAReplyWithMessageReference() {
        CompletableFuture<Message> replied = new CompletableFuture<>();
        connect(event -> {
            // Discord echoes the bot's own messages too, so a bot must skip authors that are bots.
            if (event instanceof MessageReceivedEvent received && !received.getAuthor().isBot()
                    && received.getMessage().getMentions().isMentioned(received.getJDA().getSelfUser())) {
                received.getMessage().reply("You rang?").queue(replied::complete, replied::completeExceptionally);
            }
        });

        FakeGuild fake = discord.guild();
        FakeDiscord.MessageDispatch asked = discord.messageCreate(fake.member().id(), fake.secondTextChannel().id(),
                "<@" + fake.bot().id() + "> what was agreed?", List.of(fake.bot().id()));

        RecordedRequest post = discord.awaitRequest("POST", "channels/{channel_id}/messages", WAIT);
        assertEquals(fake.secondTextChannel().id(), post.pathParam("channel_id"));
        assertEquals(asked.messageId(), post.body().get("message_reference").get("message_id").asText());
        JsonNode allowedMentions = post.body().get("allowed_mentions");
        assertEquals(0, allowedMentions.get("parse").size());
        // setDefaultMentions(none) does not cover the reply ping: replied_user stays true unless
        // MessageRequest.setDefaultMentionRepliedUser(false) or mentionRepliedUser(false) is used.
        assertTrue(allowedMentions.get("replied_user").asBoolean(), allowedMentions.toString());

        // JDA could parse FakeDiscord's answer, including the referenced message; Discord would ping the author.
        Message reply = assertTimeoutPreemptively(WAIT, () -> replied.get());
        assertEquals(asked.messageId(), reply.getMessageReference().getMessageId());
        assertEquals(asked.messageId(), reply.getReferencedMessage().getId());
        JsonNode stored = discord.message(reply.getId()).orElseThrow();
        assertEquals(MessageStore.TYPE_REPLY, stored.get("type").asInt());
        assertEquals(List.of(fake.member().id()),
                stored.get("mentions").findValuesAsText("id").stream().distinct().toList());
    }

    @Test
    void pinningUsesTheMessagesPinsRoute() {
        connect();
        TextChannel channel = jda.getTextChannelById(discord.guild().textChannel().id());

        Message message = channel.sendMessage("Agreed: talks resume Monday").complete();
        message.pin().complete();
        List<Message> pinned = channel.retrievePinnedMessages().complete().stream()
                .map(p -> p.getMessage()).toList();

        RecordedRequest pin = discord.awaitRequest("PUT", "channels/{channel_id}/messages/pins/{message_id}", WAIT);
        assertEquals(message.getId(), pin.pathParam("message_id"));
        assertEquals(204, pin.status());
        assertEquals(List.of(message.getId()), pinned.stream().map(Message::getId).toList());
        assertTrue(discord.message(message.getId()).orElseThrow().get("pinned").asBoolean());
    }

    @Test
    void fileUploadsArriveAsMultipartWithPayloadJson() {
        connect();
        TextChannel channel = jda.getTextChannelById(discord.guild().textChannel().id());
        byte[] notes = "Round 3: both sides agree on a ceasefire.".getBytes(StandardCharsets.UTF_8);

        Message sent = channel.sendMessage("Minutes attached")
                .addFiles(FileUpload.fromData(notes, "minutes.txt"))
                .complete();

        RecordedRequest post = discord.awaitRequest("POST", "channels/{channel_id}/messages", WAIT);
        assertTrue(post.headers().get("content-type").startsWith("multipart/form-data"));
        assertEquals("Minutes attached", post.body().get("content").asText());
        assertEquals(List.of("minutes.txt"), post.files());
        Message.Attachment attachment = sent.getAttachments().get(0);
        assertEquals("minutes.txt", attachment.getFileName());
        assertEquals(notes.length, attachment.getSize());
    }

    @Test
    void rateLimitedRequestIsRetried() {
        connect();
        TextChannel channel = jda.getTextChannelById(discord.guild().textChannel().id());
        discord.failNext("POST", "channels/\\d+/messages", 429, 0.5);

        Message sent = channel.sendMessage("Retry me").complete();

        List<RecordedRequest> posts = discord.requests().stream()
                .filter(r -> r.is("POST", "channels/{channel_id}/messages")).toList();
        assertEquals(List.of(429, 200), posts.stream().map(RecordedRequest::status).toList());
        assertEquals("Retry me", posts.get(1).body().get("content").asText());
        assertTrue(discord.message(sent.getId()).isPresent());
        assertTrue(posts.get(1).receivedAt().isAfter(posts.get(0).receivedAt().plusMillis(900)),
                "JDA should have waited the rounded-up Retry-After (1 s)");
    }

    @Test
    void reconnectRequestResumesTheSessionAndCommandsStillWork() throws InterruptedException {
        CompletableFuture<String> handled = new CompletableFuture<>();
        // A distinct path for the first connection shows which URL the RESUME uses.
        connect(discord.gatewayUrl() + "identify", event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                slash.reply("still here").queue();
                handled.complete(slash.getId());
            }
        });
        String sessionId = discord.sessionId();
        long lastSequence = discord.lastSequence();

        discord.requestReconnect();

        GatewayFrame resume = discord.awaitReceivedOp(GatewayFrame.OP_RESUME, WAIT);
        assertEquals(sessionId, resume.data().get("session_id").asText());
        assertEquals(lastSequence, resume.data().get("seq").asLong());
        assertEquals(discord.botToken(), resume.data().get("token").asText());
        discord.awaitDispatchSent("RESUMED", WAIT);
        jda.awaitStatus(JDA.Status.CONNECTED);
        // Resumed on READY's resume_gateway_url (the fake's "/"), with the same query; one IDENTIFY in total.
        assertEquals(List.of("/identify?encoding=json&v=10", "/?encoding=json&v=10"), discord.gatewayConnectUrls());
        assertEquals(1, discord.gatewayReceived().stream().filter(f -> f.op() == GatewayFrame.OP_IDENTIFY).count());

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch dispatch =
                discord.slashCommand(fake.member().id(), fake.textChannel().id(), "ask", Map.of());
        discord.awaitRequest(r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                && r.pathParam("interaction_id").equals(dispatch.interactionId()), WAIT);
        assertEquals(dispatch.interactionId(), handled.join());
    }

    @Test
    void buttonClickCanUpdateTheMessage() {
        connect(event -> {
            if (event instanceof ButtonInteractionEvent click && click.getComponentId().equals("confirm")) {
                click.editMessage("Confirmed by " + click.getUser().getName()).setComponents().queue();
            }
        });
        TextChannel channel = jda.getTextChannelById(discord.guild().textChannel().id());
        Message prompt = channel.sendMessage("Publish the summary?")
                .addComponents(ActionRow.of(Button.primary("confirm", "Publish")))
                .complete();

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch click =
                discord.buttonClick(fake.moderator().id(), fake.textChannel().id(), prompt.getId(), "confirm");

        RecordedRequest callback = discord.awaitRequest(
                r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                        && r.pathParam("interaction_id").equals(click.interactionId()),
                WAIT);
        assertEquals(7, callback.body().get("type").asInt());
        // Like every edit in JDA 6.4.2, editMessage on a component sends no allowed_mentions unless set.
        assertFalse(callback.body().get("data").has("allowed_mentions"), callback.body().toString());
        JsonNode updated = discord.message(prompt.getId()).orElseThrow();
        assertEquals("Confirmed by " + fake.moderator().username(), updated.get("content").asText());
        assertEquals(0, updated.get("components").size());
    }

    @Test
    void lateAcknowledgementIsRejectedLikeDiscordDoes() {
        discord.close();
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withInteractionAckDeadline(Duration.ZERO));
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                slash.reply("too late").queue(ok -> failure.complete(null), failure::complete);
            }
        });

        FakeGuild fake = discord.guild();
        discord.slashCommand(fake.member().id(), fake.textChannel().id(), "ask", Map.of());

        Throwable error = assertTimeoutPreemptively(WAIT, () -> failure.get());
        ErrorResponseException response = assertInstanceOf(ErrorResponseException.class, error);
        assertEquals(ErrorResponse.UNKNOWN_INTERACTION, response.getErrorResponse());
    }

    @Test
    void shardManagerAsksForGatewayBotButConnectsToTheConfiguredUrl() throws InterruptedException {
        ShardManager shards = DefaultShardManagerBuilder.createLight(discord.botToken(), GatewayIntent.GUILD_MESSAGES)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new ConfiguredGatewaySessionController(discord.gatewayUrl() + "sharded"))
                .setCompression(Compression.NONE)
                .build();
        try {
            discord.awaitDispatchSent("GUILD_CREATE", WAIT);
            JDA shard = shards.getShardById(0);
            assertTimeoutPreemptively(WAIT, () -> shard.awaitReady());

            // Unlike JDABuilder, a ShardManager calls GET gateway/bot for the shard count (and token check).
            discord.awaitRequest("GET", "gateway/bot", WAIT);
            assertEquals(List.of("/sharded?encoding=json&v=10"), discord.gatewayConnectUrls());
            JsonNode shardInfo = discord.awaitReceivedOp(GatewayFrame.OP_IDENTIFY, WAIT).data().get("shard");
            assertEquals("[0,1]", shardInfo.toString());
        } finally {
            // What is under test is where the shard connects; a graceful shard shutdown can wait out
            // JDA's 5 s IDENTIFY spacing and 10 s close handshake, so it is cut short here.
            List<JDA> running = List.copyOf(shards.getShards());
            running.forEach(JDA::shutdownNow);
            shards.shutdown();
            for (JDA shard : running) {
                shard.awaitShutdown(WAIT);
            }
        }
    }

    @Test
    void wrongTokenFailsTheBuildWithInvalidTokenException() {
        JDABuilder builder = configure(JDABuilder.createLight("not-the-token", GatewayIntent.GUILD_MESSAGES));

        // Thrown by build() itself (JDA checks GET users/@me before connecting), not by awaitReady().
        InvalidTokenException error = assertThrows(InvalidTokenException.class, builder::build);
        assertEquals("The provided token is invalid!", error.getMessage());

        RecordedRequest login = discord.awaitRequest("GET", "users/@me", WAIT);
        assertEquals(401, login.status());
        assertEquals("<invalid token>", login.headers().get("authorization"));
        assertEquals(List.of(), discord.gatewayConnectUrls(), "JDA must not open the gateway with a bad token");
    }

    // ---- helpers ----

    private JDABuilder configure(JDABuilder builder) {
        return configure(builder, discord.gatewayUrl());
    }

    private JDABuilder configure(JDABuilder builder, String gatewayUrl) {
        return builder
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new ConfiguredGatewaySessionController(gatewayUrl))
                .setCompression(Compression.NONE);
    }

    private void connect(EventListener... listeners) {
        connect(discord.gatewayUrl(), listeners);
    }

    private void connect(String gatewayUrl, EventListener... listeners) {
        JDABuilder builder = configure(
                        JDABuilder.createLight(discord.botToken(), GatewayIntent.GUILD_MESSAGES), gatewayUrl)
                .addEventListeners((Object[]) listeners);
        jda = builder.build();
        assertTimeoutPreemptively(WAIT, () -> jda.awaitReady());
    }

    private static List<String> mentionedUserIds(Message message) {
        return message.getMentions().getUsers().stream().map(u -> u.getId()).toList();
    }

    private static RecordedRequest only(List<RecordedRequest> requests, String method, String route) {
        List<RecordedRequest> matching = requests.stream().filter(r -> r.is(method, route)).toList();
        assertEquals(1, matching.size(), method + " " + route + " in " + requests);
        return matching.get(0);
    }
}
