/**
 * FakeDiscord: a Discord-compatible server on 127.0.0.1 for end-to-end tests that drive the real JDA client.
 *
 * <p>Start it with {@link org.parley.discord.fake.FakeDiscord#start()}, point JDA at it (REST base URL,
 * {@code ConfiguredGatewaySessionController}, {@code Compression.NONE}), then play users with
 * {@code slashCommand}, {@code buttonClick}, {@code modalSubmit} and {@code messageCreate}, and assert on what
 * JDA sent with {@code awaitRequest}, the recorded gateway frames and the server's state ({@code message},
 * {@code messagesIn}, {@code threads}, {@code modalShown}, {@code attachment}).
 *
 * <p>What it serves:
 * <ul>
 *   <li>One guild ({@link org.parley.discord.fake.FakeGuild}), or several with {@code Settings#withGuilds}: owner,
 *       moderator, plain member, an educator (a role that grants nothing) and the bot; #general, #talks and a
 *       private #moderators channel (permission overwrites: staff and the bot only; users who cannot see a channel
 *       cannot post or interact there). The people are the same users in every guild.
 *   <li>Shards: GET gateway/bot recommends {@code Settings#withShards} (1 by default), and any number of gateway
 *       sessions may be connected at once, each identified as {@code shard: [id, total]}. A session gets READY and
 *       GUILD_CREATE for the guilds of its shard only ({@code (guild_id >> 22) % total}; guild n is on shard
 *       n % total when total divides 60), and every event of a guild (interactions, messages, the bot's own
 *       messages echoed back, threads) goes to the session that owns it; {@code GatewayFrame#shard} says which.
 *   <li>Messages with replies as Discord checks them: the replied-to message must be in the same channel
 *       (naming another channel is REPLIES_CANNOT_REFERENCE_OTHER_CHANNEL; a message elsewhere is
 *       MESSAGE_REFERENCE_UNKNOWN_MESSAGE, or with JDA's default {@code fail_if_not_exists=false} a plain
 *       message), mentions resolved from allowed_mentions, pins, reactions, and uploaded files kept byte for byte.
 *   <li>Threads the bot starts from a message or in a channel (public type 11; from a message the thread has the
 *       message's id): THREAD_CREATE with {@code newly_created} and the bot's thread member object, the
 *       starting message updated (MESSAGE_UPDATE), then a channel like any other for messages and interactions,
 *       with message and member counts; a later IDENTIFY gets them in GUILD_CREATE.
 *   <li>Interactions: slash commands, buttons and modals. A modal (callback 9) is kept with the component ids
 *       Discord assigns; its submission (type 5) carries each input inside its Label (type 18), as JDA 6.4.2
 *       reads it, and may be answered like a button (reply, defer, edit the message it came from).
 *   <li>The Message Content intent: a session that did not identify with MESSAGE_CONTENT (1 &lt;&lt; 15) gets
 *       MESSAGE_CREATE/UPDATE with content, embeds, attachments and components blanked, unless the message is
 *       the bot's own or mentions it.
 * </ul>
 *
 * <p>Things worth knowing:
 * <ul>
 *   <li>JDA sends IDENTIFY as soon as the socket opens, before HELLO; READY needs {@code private_channels} and
 *       {@code resume_gateway_url} (JDA resumes there), GUILD_CREATE needs roles with {@code colors}, channels,
 *       threads, emojis, voice_states, guild_scheduled_events and a {@code member_count} equal to the members
 *       sent, or JDA starts chunking.
 *   <li>A 429 must carry a {@code Via} header, or JDA treats it as a Cloudflare ban for every route; FakeDiscord
 *       sends one on every response.
 *   <li>Requests are recorded before they are answered, so after a blocking JDA call the request is in
 *       {@code requests()}; to wait for something JDA does asynchronously use {@code awaitRequest}.
 *   <li>Interactions must be acknowledged within the deadline (3 s, like Discord) or the callback gets 404
 *       "Unknown interaction" (10062).
 *   <li>Like Discord, FakeDiscord sends the bot its own non-ephemeral messages as MESSAGE_CREATE.
 *   <li>JDA 6.4.2 reads a thread's total count from {@code total_message_count}, but Discord (and FakeDiscord)
 *       send {@code total_message_sent}, so {@code ThreadChannel#getTotalMessageCount()} is 0 against both.
 *   <li>JDA 6.4.2 sends replies with {@code fail_if_not_exists=false}: a reply to a message in another channel
 *       is then posted as a plain message; only {@code failOnInvalidReply(true)} makes it fail.
 * </ul>
 */
package org.parley.discord.fake;
