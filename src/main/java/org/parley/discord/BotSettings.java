package org.parley.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.config.ParleyConfig;
import org.parley.config.ShardRange;

/**
 * What the bot needs to run, resolved from {@link ParleyConfig.Discord} and the token.
 *
 * @param restUrl          REST base, e.g. {@code http://127.0.0.1:PORT/api/v10/}; empty: Discord's
 * @param gatewayUrl       gateway, e.g. {@code ws://127.0.0.1:PORT/}; empty: Discord's
 * @param guilds           register commands in these guilds only (fast to update); empty: globally
 * @param allowedChannels  answer only here (a thread counts as its parent channel); empty: everywhere
 * @param shards           in all; 1: one JDA session; more: JDA's DefaultShardManager
 * @param shardRange       the shards this process runs (all by default); null means all
 * @param educatorRole     role id or name that may run moderator commands besides Manage Messages; empty: none
 * @param moderatorChannel where "Ask a moderator" posts; empty: no hand-off button
 * @param threads          open a thread for each /ask and mention
 * @param messageContent   read follow-ups in Parley's threads without a mention (privileged intent)
 */
public record BotSettings(
        String token,
        Optional<String> restUrl,
        Optional<String> gatewayUrl,
        List<String> guilds,
        Set<String> allowedChannels,
        int shards,
        ShardRange shardRange,
        int cooldownQuestions,
        Duration cooldownWindow,
        Duration deferAfter,
        String educatorRole,
        Optional<String> moderatorChannel,
        boolean threads,
        boolean messageContent) {

    public BotSettings {
        guilds = List.copyOf(guilds);
        allowedChannels = Set.copyOf(allowedChannels);
        if (shards < 1) shards = 1;
        if (shardRange == null) shardRange = ShardRange.all(shards);
        if (!shardRange.fitsIn(shards)) {
            throw new IllegalArgumentException("Shard range " + shardRange + " is beyond " + shards + " shard(s)");
        }
        educatorRole = educatorRole == null ? "" : educatorRole.strip();
    }

    /** Settings with the documented defaults for everything but where Discord is. */
    public static BotSettings basic(String token, Optional<String> restUrl, Optional<String> gatewayUrl) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                List.of(),
                Set.of(),
                1,
                null,
                5,
                Duration.ofSeconds(30),
                Duration.ofMillis(1500),
                "",
                Optional.empty(),
                false,
                false);
    }

    public static BotSettings from(ParleyConfig.Discord discord, String token) {
        ParleyConfig.Cooldown cooldown =
                discord.cooldown() == null ? new ParleyConfig.Cooldown(5, 30) : discord.cooldown();
        return new BotSettings(
                token,
                nonBlank(discord.restUrl()),
                nonBlank(discord.gatewayUrl()),
                discord.guilds(),
                Set.copyOf(discord.allowedChannels()),
                discord.shards(),
                ShardRange.parse(discord.shardRange(), discord.shards()),
                cooldown.questions() > 0 ? cooldown.questions() : 5,
                Duration.ofSeconds(cooldown.seconds() > 0 ? cooldown.seconds() : 30),
                Duration.ofMillis(discord.deferAfterMs() >= 0 ? discord.deferAfterMs() : 1500),
                discord.educatorRole(),
                nonBlank(discord.moderatorChannel()),
                discord.threads(),
                discord.messageContent());
    }

    public BotSettings withDeferAfter(Duration value) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                shards,
                shardRange,
                cooldownQuestions,
                cooldownWindow,
                value,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    public BotSettings withAllowedChannels(Set<String> value) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                value,
                shards,
                shardRange,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    public BotSettings withGuilds(List<String> value) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                value,
                allowedChannels,
                shards,
                shardRange,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    /** {@code value} shards, all run by this process. */
    public BotSettings withShards(int value) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                value,
                null,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    /** Of {@code total} shards, this process runs {@code range} only. */
    public BotSettings withShards(int total, ShardRange range) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                total,
                range,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    public BotSettings withCooldown(int questions, Duration window) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                shards,
                shardRange,
                questions,
                window,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    public BotSettings withModeration(String educatorRole, Optional<String> moderatorChannel) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                shards,
                shardRange,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                threads,
                messageContent);
    }

    public BotSettings withThreads(boolean open, boolean readWithoutMention) {
        return new BotSettings(
                token,
                restUrl,
                gatewayUrl,
                guilds,
                allowedChannels,
                shards,
                shardRange,
                cooldownQuestions,
                cooldownWindow,
                deferAfter,
                educatorRole,
                moderatorChannel,
                open,
                readWithoutMention);
    }

    /** Never prints the token: settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "BotSettings[token=<hidden>, restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", guilds=" + guilds
                + ", allowedChannels=" + allowedChannels + ", shards=" + shards + ", shardRange=" + shardRange
                + ", cooldown=" + cooldownQuestions + "/" + cooldownWindow + ", deferAfter=" + deferAfter
                + ", educatorRole=" + educatorRole
                + ", moderatorChannel=" + moderatorChannel + ", threads=" + threads + ", messageContent="
                + messageContent + "]";
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
