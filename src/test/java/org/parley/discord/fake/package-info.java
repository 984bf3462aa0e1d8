/**
 * FakeDiscord: a Discord-compatible server on 127.0.0.1 for end-to-end tests that drive the real JDA client.
 *
 * <p>Start it with {@link org.parley.discord.fake.FakeDiscord#start()}, point JDA at it (REST base URL,
 * {@code ConfiguredGatewaySessionController}, {@code Compression.NONE}), then play users with
 * {@code slashCommand}, {@code buttonClick} and {@code messageCreate}, and assert on what JDA sent with
 * {@code awaitRequest} and the recorded gateway frames.
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
 * </ul>
 */
package org.parley.discord.fake;
