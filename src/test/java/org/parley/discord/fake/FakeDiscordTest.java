package org.parley.discord.fake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.parley.discord.ConfiguredGatewaySessionController;

/**
 * Drives the real JDA 6.4.2 client against FakeDiscord: login, commands, interactions, messages, pins, rate
 * limits, resume, a bad token, threads, modals, attachments, the educator, the moderators' channel, the
 * Message Content intent, and several guilds on several shards.
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
        assertEquals(
                List.of(
                        fake.textChannel().id(),
                        fake.secondTextChannel().id(),
                        fake.moderatorChannel().id()),
                guild.getTextChannels().stream().map(TextChannel::getId).toList());
        assertNotNull(guild.getRoleById(fake.moderatorRole().id()));
        assertTrue(guild.getSelfMember()
                .hasPermission(
                        guild.getTextChannelById(fake.textChannel().id()),
                        net.dv8tion.jda.api.Permission.MESSAGE_SEND,
                        net.dv8tion.jda.api.Permission.PIN_MESSAGES));

        // Only asked for explicitly (getSelfUser().getApplicationId() comes from READY), but must parse.
        ApplicationInfo application = jda.retrieveApplicationInfo().complete();
        assertEquals(fake.owner().id(), application.getOwner().getId());

        // How JDA builds the gateway URL: our URL + encoding and version, no compress parameter.
        assertEquals(List.of("/?encoding=json&v=10"), discord.gatewayConnectUrls());
        GatewayFrame identify = discord.awaitReceivedOp(GatewayFrame.OP_IDENTIFY, WAIT);
        assertEquals(discord.botToken(), identify.data().get("token").asText());
        // JDABuilder always sets bit 0 (GUILDS, which has no GatewayIntent constant) besides the given intents.
        assertEquals(
                1 | GatewayIntent.getRaw(GatewayIntent.GUILD_MESSAGES),
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
        assertEquals(
                "Ask anything about the talks", post.body().get("description").asText());
        // Like Discord, re-registering a name keeps the command's id.
        assertEquals(global.get(0).getId(), upserted.getId());
        discord.awaitRequest("PUT", "applications/{application_id}/guilds/{guild_id}/commands", WAIT);
        assertEquals(
                "Ask anything about the talks",
                discord.registeredCommands(null).get(0).get("description").asText());
        assertEquals(
                local.get(0).getId(),
                discord.registeredCommands(guild.getId()).get(0).get("id").asText());
        assertEquals(OptionType.USER, local.get(0).getOptions().get(0).getType());
    }

    @Test
    void slashCommandReplyIsRecordedWithoutMentions() {
        CompletableFuture<String> question = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash
                    && slash.getName().equals("ask")) {
                question.complete(slash.getOption("question").getAsString() + " from "
                        + slash.getMember().getId() + " in "
                        + slash.getChannel().getId());
                slash.reply("Answer to <@" + discord.guild().member().id() + ">")
                        .queue();
            }
        });

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch dispatch = discord.slashCommand(
                fake.member().id(), fake.textChannel().id(), "ask", Map.of("question", "When do talks resume?"));

        RecordedRequest callback = discord.awaitRequest(
                r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                        && r.pathParam("interaction_id").equals(dispatch.interactionId()),
                WAIT);
        assertEquals(
                "When do talks resume? from " + fake.member().id() + " in "
                        + fake.textChannel().id(),
                question.join());
        assertEquals("with_response=true", callback.query());
        assertEquals(4, callback.body().get("type").asInt());
        JsonNode allowedMentions = callback.body().get("data").get("allowed_mentions");
        assertEquals(0, allowedMentions.get("parse").size(), "parse should be empty: " + allowedMentions);
        // Nobody is pinged although the content names a user.
        assertEquals(
                0,
                discord.originalResponse(dispatch.interactionId())
                        .orElseThrow()
                        .get("mentions")
                        .size());
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
                slash.deferReply()
                        .queue(hook -> hook.editOriginal("Draft for " + moderatorMention)
                                .queue(
                                        first -> {
                                            plainEdit.complete(first);
                                            hook.editOriginal("Final for " + moderatorMention)
                                                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                                                    .queue(
                                                            second -> {
                                                                editWithoutMentions.complete(second);
                                                                hook.sendMessage("Follow-up for " + moderatorMention)
                                                                        .queue(
                                                                                followUpSent::complete,
                                                                                followUpSent::completeExceptionally);
                                                            },
                                                            editWithoutMentions::completeExceptionally);
                                        },
                                        plainEdit::completeExceptionally));
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
        assertFalse(
                edits.get(0).body().has("allowed_mentions"), edits.get(0).body().toString());
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
            if (event instanceof MessageReceivedEvent received
                    && !received.getAuthor().isBot()
                    && received.getMessage()
                            .getMentions()
                            .isMentioned(received.getJDA().getSelfUser())) {
                received.getMessage().reply("You rang?").queue(replied::complete, replied::completeExceptionally);
            }
        });

        FakeGuild fake = discord.guild();
        FakeDiscord.MessageDispatch asked = discord.messageCreate(
                fake.member().id(),
                fake.secondTextChannel().id(),
                "<@" + fake.bot().id() + "> what was agreed?",
                List.of(fake.bot().id()));

        RecordedRequest post = discord.awaitRequest("POST", "channels/{channel_id}/messages", WAIT);
        assertEquals(fake.secondTextChannel().id(), post.pathParam("channel_id"));
        assertEquals(
                asked.messageId(),
                post.body().get("message_reference").get("message_id").asText());
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
        assertEquals(
                List.of(fake.member().id()),
                stored.get("mentions").findValuesAsText("id").stream()
                        .distinct()
                        .toList());
    }

    @Test
    void pinningUsesTheMessagesPinsRoute() {
        connect();
        TextChannel channel =
                jda.getTextChannelById(discord.guild().textChannel().id());

        Message message = channel.sendMessage("Agreed: talks resume Monday").complete();
        message.pin().complete();
        List<Message> pinned = channel.retrievePinnedMessages().complete().stream()
                .map(p -> p.getMessage())
                .toList();

        RecordedRequest pin = discord.awaitRequest("PUT", "channels/{channel_id}/messages/pins/{message_id}", WAIT);
        assertEquals(message.getId(), pin.pathParam("message_id"));
        assertEquals(204, pin.status());
        assertEquals(
                List.of(message.getId()), pinned.stream().map(Message::getId).toList());
        assertTrue(discord.message(message.getId()).orElseThrow().get("pinned").asBoolean());
    }

    @Test
    void fileUploadsArriveAsMultipartWithPayloadJson() {
        connect();
        TextChannel channel =
                jda.getTextChannelById(discord.guild().textChannel().id());
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
        TextChannel channel =
                jda.getTextChannelById(discord.guild().textChannel().id());
        discord.failNext("POST", "channels/\\d+/messages", 429, 0.5);

        Message sent = channel.sendMessage("Retry me").complete();

        List<RecordedRequest> posts = discord.requests().stream()
                .filter(r -> r.is("POST", "channels/{channel_id}/messages"))
                .toList();
        assertEquals(
                List.of(429, 200), posts.stream().map(RecordedRequest::status).toList());
        assertEquals("Retry me", posts.get(1).body().get("content").asText());
        assertTrue(discord.message(sent.getId()).isPresent());
        assertTrue(
                posts.get(1).receivedAt().isAfter(posts.get(0).receivedAt().plusMillis(900)),
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
        assertEquals(
                1,
                discord.gatewayReceived().stream()
                        .filter(f -> f.op() == GatewayFrame.OP_IDENTIFY)
                        .count());

        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch dispatch =
                discord.slashCommand(fake.member().id(), fake.textChannel().id(), "ask", Map.of());
        discord.awaitRequest(
                r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                        && r.pathParam("interaction_id").equals(dispatch.interactionId()),
                WAIT);
        assertEquals(dispatch.interactionId(), handled.join());
    }

    @Test
    void buttonClickCanUpdateTheMessage() {
        connect(event -> {
            if (event instanceof ButtonInteractionEvent click
                    && click.getComponentId().equals("confirm")) {
                click.editMessage("Confirmed by " + click.getUser().getName())
                        .setComponents()
                        .queue();
            }
        });
        TextChannel channel =
                jda.getTextChannelById(discord.guild().textChannel().id());
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
        assertFalse(
                callback.body().get("data").has("allowed_mentions"),
                callback.body().toString());
        JsonNode updated = discord.message(prompt.getId()).orElseThrow();
        assertEquals(
                "Confirmed by " + fake.moderator().username(),
                updated.get("content").asText());
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
            JsonNode shardInfo = discord.awaitReceivedOp(GatewayFrame.OP_IDENTIFY, WAIT)
                    .data()
                    .get("shard");
            assertEquals("[0,1]", shardInfo.toString());
        } finally {
            stop(shards);
        }
    }

    @Test
    void gatewayBotRecommendsTheConfiguredShardCount() throws Exception {
        discord.close();
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withShards(2));

        JsonNode gateway = getJson("gateway/bot");
        assertEquals(2, gateway.get("shards").asInt());
        assertEquals(discord.gatewayUrl(), gateway.get("url").asText());
    }

    @Test
    void shardManagersOnDisjointRangesEachGetOnlyTheGuildsOfTheirShard() throws InterruptedException {
        discord.close();
        discord = FakeDiscord.start(FakeDiscord.Settings.defaults().withGuilds(3));
        List<FakeGuild> guilds = discord.guilds();
        assertEquals(List.of(0, 1, 0), guilds.stream().map(g -> g.shardOf(2)).toList(), "(guild_id >> 22) % 2");
        assertEquals(3, guilds.stream().map(FakeGuild::id).distinct().count());
        BlockingQueue<String> seenByZero = new LinkedBlockingQueue<>();
        BlockingQueue<String> seenByOne = new LinkedBlockingQueue<>();
        ShardManager zero = shardOf(0, 2, event -> note(event, seenByZero));
        ShardManager one = shardOf(1, 2, event -> note(event, seenByOne));
        try {
            JDA shardZero = zero.getShardById(0);
            JDA shardOne = one.getShardById(1);
            assertTimeoutPreemptively(WAIT, () -> shardZero.awaitReady());
            assertTimeoutPreemptively(WAIT, () -> shardOne.awaitReady());

            assertEquals(Set.of(guilds.get(0).id(), guilds.get(2).id()), guildIds(shardZero));
            assertEquals(Set.of(guilds.get(1).id()), guildIds(shardOne));
            assertEquals(List.of(0, 1), discord.connectedShards());
            for (GatewayFrame ready : sent("READY")) {
                List<String> listed = new ArrayList<>();
                ready.data().get("guilds").forEach(g -> listed.add(g.get("id").asText()));
                assertEquals(
                        guilds.stream()
                                .filter(g -> g.shardOf(2) == ready.shard())
                                .map(FakeGuild::id)
                                .toList(),
                        listed,
                        "READY of shard " + ready.shard());
            }
            List<GatewayFrame> guildCreates = sent("GUILD_CREATE");
            assertEquals(3, guildCreates.size());
            for (GatewayFrame create : guildCreates) {
                FakeGuild guild = guilds.stream()
                        .filter(g -> g.id().equals(create.data().get("id").asText()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(guild.shardOf(2), create.shard(), "GUILD_CREATE of " + guild.name());
            }

            String member = guilds.get(0).member().id();
            FakeDiscord.InteractionDispatch inOne =
                    discord.slashCommand(member, guilds.get(1).textChannel().id(), "ask", Map.of());
            FakeDiscord.InteractionDispatch inZero =
                    discord.slashCommand(member, guilds.get(0).textChannel().id(), "ask", Map.of());
            String botId = guilds.get(2).bot().id();
            discord.messageCreate(member, guilds.get(2).textChannel().id(), "<@" + botId + "> hello", List.of(botId));
            awaitCallback(inOne);
            awaitCallback(inZero);

            // One connection delivers in order: had guild 1's interaction gone to shard 0 too, shard 0 would have
            // seen it before guild 0's.
            assertEquals(
                    "interaction " + inZero.interactionId() + " in "
                            + guilds.get(0).id(),
                    next(seenByZero));
            assertEquals("message in " + guilds.get(2).id(), next(seenByZero));
            assertEquals(
                    "interaction " + inOne.interactionId() + " in "
                            + guilds.get(1).id(),
                    next(seenByOne));
            assertEquals(
                    List.of(1),
                    sent("INTERACTION_CREATE").stream()
                            .filter(f -> f.data().get("id").asText().equals(inOne.interactionId()))
                            .map(GatewayFrame::shard)
                            .toList());
            assertTrue(seenByZero.isEmpty() && seenByOne.isEmpty(), seenByZero + " / " + seenByOne);
        } finally {
            stop(zero);
            stop(one);
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

    // ---- threads ----

    @Test
    void threadFromAMessageIsAChannelTheBotOwnsAndUsersPostIn() throws Exception {
        CompletableFuture<MessageReceivedEvent> followUp = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof MessageReceivedEvent received
                    && !received.getAuthor().isBot()) {
                followUp.complete(received);
            }
        });
        FakeGuild fake = discord.guild();
        TextChannel channel = jda.getTextChannelById(fake.textChannel().id());
        Message answer = channel.sendMessage("The talks resume Monday.").complete();

        ThreadChannel thread = answer.createThreadChannel("Follow-up questions").complete();

        // As on Discord, a thread started from a message takes the message's id; JDA cached it as joined.
        assertEquals(answer.getId(), thread.getId());
        assertEquals(ChannelType.GUILD_PUBLIC_THREAD, thread.getType());
        assertEquals(fake.bot().id(), thread.getOwnerId());
        assertEquals(channel.getId(), thread.getParentChannel().getId());
        assertTrue(thread.isJoined(), "the bot's own thread member object should reach JDA");
        assertNotNull(jda.getThreadChannelById(thread.getId()));
        RecordedRequest create =
                discord.awaitRequest("POST", "channels/{channel_id}/messages/{message_id}/threads", WAIT);
        assertEquals("Follow-up questions", create.body().get("name").asText());
        GatewayFrame created = discord.awaitDispatchSent("THREAD_CREATE", WAIT);
        assertTrue(created.data().get("newly_created").asBoolean());
        assertEquals(
                fake.bot().id(), created.data().get("member").get("user_id").asText());
        JsonNode starter = discord.message(answer.getId()).orElseThrow();
        assertEquals(thread.getId(), starter.get("thread").get("id").asText());
        assertEquals(MessageStore.FLAG_HAS_THREAD, starter.get("flags").asInt() & MessageStore.FLAG_HAS_THREAD);

        thread.sendMessage("Ask me here.").complete();
        String mention = "<@" + fake.bot().id() + ">";
        FakeDiscord.MessageDispatch asked = discord.messageCreate(
                fake.member().id(),
                thread.getId(),
                mention + " who chairs round two?",
                List.of(fake.bot().id()));

        MessageReceivedEvent received = assertTimeoutPreemptively(WAIT, () -> followUp.get());
        assertEquals(asked.messageId(), received.getMessageId());
        ThreadChannel where = received.getChannel().asThreadChannel();
        assertEquals(thread.getId(), where.getId());
        assertEquals(fake.bot().id(), where.getOwnerId());
        assertEquals(
                List.of("Ask me here.", mention + " who chairs round two?"),
                discord.messagesIn(thread.getId()).stream()
                        .map(m -> m.get("content").asText())
                        .toList());
        assertEquals(1, discord.threads().size());
        JsonNode stored = discord.threads().get(0);
        assertEquals(channel.getId(), stored.get("parent_id").asText());
        assertEquals(2, stored.get("message_count").asInt());
        assertEquals(2, stored.get("total_message_sent").asInt());
        assertEquals(2, stored.get("member_count").asInt(), "posting joins the member to the thread");
        assertFalse(stored.get("thread_metadata").get("archived").asBoolean());
        assertEquals(
                Channels.DEFAULT_AUTO_ARCHIVE_MINUTES,
                stored.get("thread_metadata").get("auto_archive_duration").asInt());
        JsonNode fetched = getJson("channels/" + thread.getId());
        assertEquals(Channels.TYPE_PUBLIC_THREAD, fetched.get("type").asInt());
        assertEquals(asked.messageId(), fetched.get("last_message_id").asText());

        ErrorResponseException again = assertThrows(
                ErrorResponseException.class,
                () -> answer.createThreadChannel("Again").complete());
        assertEquals(ErrorResponse.THREAD_WITH_THIS_MESSAGE_ALREADY_EXISTS, again.getErrorResponse());
    }

    @Test
    void threadStartedInAChannelHostsSlashCommandsAndButtons() {
        CompletableFuture<SlashCommandInteractionEvent> command = new CompletableFuture<>();
        CompletableFuture<ButtonInteractionEvent> click = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                command.complete(slash);
                slash.reply("Answered in the thread")
                        .addComponents(ActionRow.of(Button.secondary("more", "More")))
                        .queue();
            } else if (event instanceof ButtonInteractionEvent button) {
                click.complete(button);
                button.reply("More, still in the thread").queue();
            }
        });
        FakeGuild fake = discord.guild();
        TextChannel channel = jda.getTextChannelById(fake.secondTextChannel().id());

        ThreadChannel thread = channel.createThreadChannel("Round two").complete();

        RecordedRequest create = discord.awaitRequest("POST", "channels/{channel_id}/threads", WAIT);
        assertEquals(Channels.TYPE_PUBLIC_THREAD, create.body().get("type").asInt(), "JDA asks for a public thread");
        assertEquals(ChannelType.GUILD_PUBLIC_THREAD, thread.getType());
        assertEquals(fake.bot().id(), thread.getOwnerId());

        FakeDiscord.InteractionDispatch asked =
                discord.slashCommand(fake.member().id(), thread.getId(), "ask", Map.of("question", "Who chairs?"));
        SlashCommandInteractionEvent slash = assertTimeoutPreemptively(WAIT, () -> command.get());
        assertEquals(ChannelType.GUILD_PUBLIC_THREAD, slash.getChannelType());
        assertEquals(
                channel.getId(),
                slash.getChannel().asThreadChannel().getParentChannel().getId());
        JsonNode sentChannel = discord.gatewaySent().stream()
                .filter(f -> "INTERACTION_CREATE".equals(f.type())
                        && f.data().get("id").asText().equals(asked.interactionId()))
                .findFirst()
                .orElseThrow()
                .data()
                .get("channel");
        assertEquals(channel.getId(), sentChannel.get("parent_id").asText());
        awaitCallback(asked);
        JsonNode answer = discord.originalResponse(asked.interactionId()).orElseThrow();
        assertEquals(thread.getId(), answer.get("channel_id").asText());

        FakeDiscord.InteractionDispatch more = discord.buttonClick(
                fake.member().id(), thread.getId(), answer.get("id").asText(), "more");
        assertEquals(
                thread.getId(),
                assertTimeoutPreemptively(WAIT, () -> click.get()).getChannel().getId());
        awaitCallback(more);
        assertEquals(
                List.of("Answered in the thread", "More, still in the thread"),
                discord.messagesIn(thread.getId()).stream()
                        .map(m -> m.get("content").asText())
                        .toList());
        assertTrue(discord.messagesIn(channel.getId()).isEmpty(), "nothing went to the parent channel");
    }

    @Test
    void threadFollowUpsWithoutAMentionAreReadableOnlyWithTheMessageContentIntent() throws InterruptedException {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        EventListener collect = event -> {
            if (event instanceof MessageReceivedEvent message
                    && !message.getAuthor().isBot()) {
                received.add(message.getMessage());
            }
        };
        connect(collect);
        FakeGuild fake = discord.guild();
        ThreadChannel thread = jda.getTextChannelById(fake.textChannel().id())
                .createThreadChannel("Follow-ups")
                .complete();
        String mention = "<@" + fake.bot().id() + ">";

        discord.messageCreate(fake.member().id(), thread.getId(), "And the second round?", List.of());
        discord.messageCreate(
                fake.member().id(),
                thread.getId(),
                mention + " and the third?",
                List.of(fake.bot().id()));

        assertEquals("", next(received).getContentRaw(), "without the intent Discord blanks the content");
        assertEquals(mention + " and the third?", next(received).getContentRaw(), "a mention is always readable");

        jda.shutdown();
        assertTrue(jda.awaitShutdown(WAIT));
        connect(EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT), collect);
        // The new session learns the active thread from GUILD_CREATE.
        assertNotNull(jda.getThreadChannelById(thread.getId()));

        discord.messageCreate(fake.member().id(), thread.getId(), "And the fourth?", List.of());

        assertEquals("And the fourth?", next(received).getContentRaw());
        List<GatewayFrame> identifies = discord.gatewayReceived().stream()
                .filter(f -> f.op() == GatewayFrame.OP_IDENTIFY)
                .toList();
        assertEquals(2, identifies.size());
        assertEquals(0, identifies.get(0).data().get("intents").asLong() & MessageContentIntent.MESSAGE_CONTENT);
        assertEquals(
                MessageContentIntent.MESSAGE_CONTENT,
                identifies.get(1).data().get("intents").asLong() & MessageContentIntent.MESSAGE_CONTENT);
    }

    // ---- modals ----

    @Test
    void modalShownForASlashCommandIsKeptAndItsSubmissionReachesJda() {
        CompletableFuture<ModalInteractionEvent> submitted = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                slash.replyModal(Modal.create("report", "Report an answer")
                                .addComponents(
                                        Label.of(
                                                "What is wrong?",
                                                TextInput.create("reason", TextInputStyle.PARAGRAPH)
                                                        .setMaxLength(500)
                                                        .build()),
                                        Label.of(
                                                "Your email",
                                                TextInput.create("contact", TextInputStyle.SHORT)
                                                        .setRequired(false)
                                                        .setValue("none")
                                                        .build()))
                                .build())
                        .queue();
            } else if (event instanceof ModalInteractionEvent modal) {
                submitted.complete(modal);
                modal.deferReply(true)
                        .queue(hook -> hook.editOriginal(
                                        "Thanks: " + modal.getValue("reason").getAsString())
                                .queue());
            }
        });
        FakeGuild fake = discord.guild();
        String channel = fake.textChannel().id();
        FakeDiscord.InteractionDispatch command =
                discord.slashCommand(fake.member().id(), channel, "report", Map.of());
        assertEquals(9, awaitCallback(command).body().get("type").asInt());

        JsonNode shown = discord.modalShown(command.interactionId()).orElseThrow();
        assertEquals("report", shown.get("custom_id").asText());
        assertEquals("Report an answer", shown.get("title").asText());
        JsonNode first = shown.get("components").get(0);
        assertEquals(18, first.get("type").asInt(), "JDA 6 puts each input in a Label");
        assertEquals("What is wrong?", first.get("label").asText());
        assertEquals(4, first.get("component").get("type").asInt());
        // Discord numbers what the bot left unnumbered, in reading order.
        assertEquals(
                List.of(1, 2, 3, 4),
                shown.get("components").findValues("id").stream()
                        .map(JsonNode::asInt)
                        .sorted()
                        .toList());

        assertThrows(
                IllegalArgumentException.class,
                () -> discord.modalSubmit(fake.member().id(), channel, null, "report", Map.of()),
                "the client does not submit an empty required input");
        FakeDiscord.InteractionDispatch submit = discord.modalSubmit(
                fake.member().id(), channel, null, "report", Map.of("reason", "The quote is from another day"));

        ModalInteractionEvent event = assertTimeoutPreemptively(WAIT, () -> submitted.get());
        assertEquals("report", event.getModalId());
        assertEquals("The quote is from another day", event.getValue("reason").getAsString());
        assertEquals("none", event.getValue("contact").getAsString(), "a pre-filled value left alone comes back");
        assertNull(event.getMessage());
        discord.awaitRequest(
                r -> r.is("PATCH", "webhooks/{application_id}/{interaction_token}/messages/{message_id}")
                        && r.pathParam("interaction_token").equals(submit.token()),
                WAIT);
        JsonNode reply = discord.originalResponse(submit.interactionId()).orElseThrow();
        assertEquals(
                "Thanks: The quote is from another day", reply.get("content").asText());
        assertEquals(MessageStore.FLAG_EPHEMERAL, reply.get("flags").asInt() & MessageStore.FLAG_EPHEMERAL);
        JsonNode metadata = reply.get("interaction_metadata");
        assertEquals(5, metadata.get("type").asInt());
        assertEquals(
                command.interactionId(),
                metadata.get("triggering_interaction_metadata").get("id").asText());
        // Submitting closed the modal.
        assertThrows(
                IllegalStateException.class,
                () -> discord.modalSubmit(fake.member().id(), channel, null, "report", Map.of("reason", "again")));
    }

    @Test
    void modalOpenedFromAButtonCanEditThatMessage() {
        CompletableFuture<ModalInteractionEvent> submitted = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof ButtonInteractionEvent click) {
                click.replyModal(Modal.create("flag", "Flag this answer")
                                .addComponents(Label.of(
                                        "Why?",
                                        TextInput.create("why", TextInputStyle.SHORT)
                                                .build()))
                                .build())
                        .queue();
            } else if (event instanceof ModalInteractionEvent modal) {
                submitted.complete(modal);
                modal.editMessage("Flagged: " + modal.getValue("why").getAsString())
                        .setComponents()
                        .queue();
            }
        });
        FakeGuild fake = discord.guild();
        TextChannel channel = jda.getTextChannelById(fake.textChannel().id());
        Message answer = channel.sendMessage("Rubio met Lavrov in Riyadh.")
                .addComponents(ActionRow.of(Button.danger("flag", "Flag")))
                .complete();
        FakeDiscord.InteractionDispatch click =
                discord.buttonClick(fake.member().id(), channel.getId(), answer.getId(), "flag");
        awaitCallback(click);

        assertThrows(
                IllegalArgumentException.class,
                () -> discord.modalSubmit(fake.member().id(), channel.getId(), null, "flag", Map.of("why", "x")),
                "this modal was opened from a message");
        FakeDiscord.InteractionDispatch submit = discord.modalSubmit(
                fake.member().id(), channel.getId(), answer.getId(), "flag", Map.of("why", "Wrong city"));

        ModalInteractionEvent event = assertTimeoutPreemptively(WAIT, () -> submitted.get());
        assertEquals(answer.getId(), event.getMessage().getId());
        assertEquals(7, awaitCallback(submit).body().get("type").asInt());
        JsonNode updated = discord.message(answer.getId()).orElseThrow();
        assertEquals("Flagged: Wrong city", updated.get("content").asText());
        assertEquals(0, updated.get("components").size());
    }

    // ---- attachments ----

    @Test
    void filesTheBotUploadsAreKeptForRepliesFollowUpsEditsAndChannelMessages() {
        byte[] minutes = "Round 1: agenda agreed.".getBytes(StandardCharsets.UTF_8);
        byte[] annex = "delegate,role\nRubio,Secretary of State\n".getBytes(StandardCharsets.UTF_8);
        byte[] corrected = "Round 1: agenda agreed, talks resume Monday.".getBytes(StandardCharsets.UTF_8);
        byte[] notes = {0, 1, 2, (byte) 0xff, 13, 10};
        CompletableFuture<InteractionHook> replied = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                slash.reply("Minutes attached")
                        .addFiles(FileUpload.fromData(minutes, "minutes.txt"))
                        .queue(replied::complete, replied::completeExceptionally);
            }
        });
        FakeGuild fake = discord.guild();
        FakeDiscord.InteractionDispatch command =
                discord.slashCommand(fake.member().id(), fake.textChannel().id(), "minutes", Map.of());
        InteractionHook hook = assertTimeoutPreemptively(WAIT, () -> replied.get());
        String original = discord.originalResponse(command.interactionId())
                .orElseThrow()
                .get("id")
                .asText();
        assertArrayEquals(minutes, discord.attachment(original, "minutes.txt").orElseThrow());

        Message followUp =
                hook.sendFiles(FileUpload.fromData(annex, "annex.csv")).complete();
        assertArrayEquals(
                annex, discord.attachment(followUp.getId(), "annex.csv").orElseThrow());

        hook.editOriginalAttachments(FileUpload.fromData(corrected, "minutes-v2.txt"))
                .complete();
        assertArrayEquals(
                corrected, discord.attachment(original, "minutes-v2.txt").orElseThrow());
        assertTrue(discord.attachment(original, "minutes.txt").isEmpty(), "the edit replaced the attachments");

        Message posted = jda.getTextChannelById(fake.textChannel().id())
                .sendMessage("Raw notes")
                .addFiles(FileUpload.fromData(notes, "notes.bin"))
                .complete();
        assertArrayEquals(notes, discord.attachment(posted.getId(), "notes.bin").orElseThrow());
        assertTrue(discord.attachment(posted.getId(), "other.bin").isEmpty());
    }

    // ---- people and channels ----

    @Test
    void educatorHasTheEducatorRoleButNoModerationPermissions() {
        CompletableFuture<Member> invoker = new CompletableFuture<>();
        connect(event -> {
            if (event instanceof SlashCommandInteractionEvent slash) {
                invoker.complete(slash.getMember());
                slash.reply("ok").queue();
            }
        });
        FakeGuild fake = discord.guild();
        Guild guild = jda.getGuildById(fake.id());
        Role educators = guild.getRoleById(fake.educatorRole().id());
        assertEquals("Educator", educators.getName());
        assertEquals(0, educators.getPermissionsRaw());
        assertEquals(5, guild.getMemberCount());

        FakeDiscord.InteractionDispatch asked =
                discord.slashCommand(fake.educator().id(), fake.textChannel().id(), "ask", Map.of());

        Member teacher = assertTimeoutPreemptively(WAIT, () -> invoker.get());
        awaitCallback(asked);
        assertEquals("teacher", teacher.getUser().getName());
        assertEquals(List.of(educators), teacher.getRoles());
        for (net.dv8tion.jda.api.Permission moderation : List.of(
                net.dv8tion.jda.api.Permission.MESSAGE_MANAGE,
                net.dv8tion.jda.api.Permission.MANAGE_SERVER,
                net.dv8tion.jda.api.Permission.MODERATE_MEMBERS)) {
            assertFalse(teacher.hasPermission(moderation), moderation.getName());
        }
        assertTrue(
                teacher.hasAccess(
                        guild.getTextChannelById(fake.moderatorChannel().id())),
                "educators see the moderators' channel");
    }

    @Test
    void moderatorChannelIsPrivateAndRepliesCannotCrossChannels() {
        connect();
        FakeGuild fake = discord.guild();
        Guild guild = jda.getGuildById(fake.id());
        TextChannel moderators =
                guild.getTextChannelById(fake.moderatorChannel().id());
        TextChannel general = guild.getTextChannelById(fake.textChannel().id());
        assertTrue(guild.getSelfMember().hasAccess(moderators));
        assertTrue(moderators.canTalk());
        assertFalse(guild.getPublicRole().hasAccess(moderators));
        assertThrows(
                IllegalArgumentException.class,
                () -> discord.messageCreate(fake.member().id(), moderators.getId(), "let me in", List.of()),
                "a plain member cannot see the channel");
        FakeDiscord.MessageDispatch asked =
                discord.messageCreate(fake.member().id(), general.getId(), "Is this quote right?", List.of());
        Message question = general.retrieveMessageById(asked.messageId()).complete();

        // Discord looks for the replied-to message in the channel the reply goes to.
        ErrorResponseException unknown = assertThrows(
                ErrorResponseException.class,
                () -> moderators
                        .sendMessage("Flagged")
                        .setMessageReference(question)
                        .failOnInvalidReply(true)
                        .complete());
        assertEquals(ErrorResponse.INVALID_FORM_BODY, unknown.getErrorResponse());
        assertEquals("MESSAGE_REFERENCE_UNKNOWN_MESSAGE", firstSchemaErrorCode(unknown));
        ErrorResponseException otherChannel = assertThrows(
                ErrorResponseException.class,
                () -> moderators
                        .sendMessage("Flagged")
                        .setMessageReference(MessageReference.MessageReferenceType.DEFAULT, question)
                        .complete());
        assertEquals("REPLIES_CANNOT_REFERENCE_OTHER_CHANNEL", firstSchemaErrorCode(otherChannel));
        // JDA's default is fail_if_not_exists=false: Discord then posts a plain message, not a reply.
        Message plain =
                moderators.sendMessage("Flagged").setMessageReference(question).complete();
        assertNull(plain.getMessageReference());
        assertEquals(
                MessageStore.TYPE_DEFAULT,
                discord.message(plain.getId()).orElseThrow().get("type").asInt());

        Message reply = question.reply("Checking").complete();
        assertEquals(question.getId(), reply.getMessageReference().getMessageId());
        assertEquals(
                MessageStore.TYPE_REPLY,
                discord.message(reply.getId()).orElseThrow().get("type").asInt());
        assertEquals(
                List.of("Flagged"),
                discord.messagesIn(moderators.getId()).stream()
                        .map(m -> m.get("content").asText())
                        .toList());
    }

    // ---- helpers ----

    private JDABuilder configure(JDABuilder builder) {
        return configure(builder, discord.gatewayUrl());
    }

    private JDABuilder configure(JDABuilder builder, String gatewayUrl) {
        return builder.setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new ConfiguredGatewaySessionController(gatewayUrl))
                .setCompression(Compression.NONE);
    }

    private void connect(EventListener... listeners) {
        connect(discord.gatewayUrl(), listeners);
    }

    private void connect(String gatewayUrl, EventListener... listeners) {
        connect(gatewayUrl, EnumSet.of(GatewayIntent.GUILD_MESSAGES), listeners);
    }

    private void connect(EnumSet<GatewayIntent> intents, EventListener... listeners) {
        connect(discord.gatewayUrl(), intents, listeners);
    }

    private void connect(String gatewayUrl, EnumSet<GatewayIntent> intents, EventListener... listeners) {
        JDABuilder builder = configure(JDABuilder.createLight(discord.botToken(), intents), gatewayUrl)
                .addEventListeners((Object[]) listeners);
        jda = builder.build();
        assertTimeoutPreemptively(WAIT, () -> jda.awaitReady());
    }

    /** One shard of {@code total}, as a process running only that shard starts it. */
    private ShardManager shardOf(int shard, int total, EventListener listener) {
        return DefaultShardManagerBuilder.createLight(discord.botToken(), GatewayIntent.GUILD_MESSAGES)
                .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
                .setSessionController(new ConfiguredGatewaySessionController(discord.gatewayUrl()))
                .setCompression(Compression.NONE)
                .setShardsTotal(total)
                .setShards(shard, shard)
                .addEventListeners(listener)
                .build();
    }

    /** Notes interactions (and answers them) and users' messages, with the guild they came from. */
    private static void note(GenericEvent event, BlockingQueue<String> seen) {
        if (event instanceof SlashCommandInteractionEvent slash) {
            seen.add("interaction " + slash.getId() + " in " + slash.getGuild().getId());
            slash.reply("ok").queue();
        } else if (event instanceof MessageReceivedEvent message
                && !message.getAuthor().isBot()) {
            seen.add("message in " + message.getGuild().getId());
        }
    }

    private static Set<String> guildIds(JDA shard) {
        return shard.getGuilds().stream().map(Guild::getId).collect(Collectors.toSet());
    }

    private List<GatewayFrame> sent(String type) {
        return discord.gatewaySent().stream().filter(f -> type.equals(f.type())).toList();
    }

    /**
     * Stops the shards without waiting: what is under test is where they connect, and a graceful shard shutdown
     * can wait out JDA's 5 s IDENTIFY spacing and 10 s close handshake.
     */
    private static void stop(ShardManager shards) throws InterruptedException {
        List<JDA> running = List.copyOf(shards.getShards());
        running.forEach(JDA::shutdownNow);
        shards.shutdown();
        for (JDA shard : running) {
            shard.awaitShutdown(WAIT);
        }
    }

    private RecordedRequest awaitCallback(FakeDiscord.InteractionDispatch dispatch) {
        return discord.awaitRequest(
                r -> r.is("POST", "interactions/{interaction_id}/{interaction_token}/callback")
                        && r.pathParam("interaction_id").equals(dispatch.interactionId()),
                WAIT);
    }

    /** GET on FakeDiscord's REST API as a bot, for routes JDA offers no call for. */
    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                                .header("Authorization", "Bot " + discord.botToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static <T> T next(BlockingQueue<T> received) throws InterruptedException {
        T item = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(item, "nothing received within " + WAIT);
        return item;
    }

    private static String firstSchemaErrorCode(ErrorResponseException error) {
        assertFalse(error.getSchemaErrors().isEmpty(), error.toString());
        return error.getSchemaErrors().get(0).getErrors().get(0).getCode();
    }

    private static List<String> mentionedUserIds(Message message) {
        return message.getMentions().getUsers().stream().map(u -> u.getId()).toList();
    }

    private static RecordedRequest only(List<RecordedRequest> requests, String method, String route) {
        List<RecordedRequest> matching =
                requests.stream().filter(r -> r.is(method, route)).toList();
        assertEquals(1, matching.size(), method + " " + route + " in " + requests);
        return matching.get(0);
    }
}
