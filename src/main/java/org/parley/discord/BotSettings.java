package org.parley.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.config.ParleyConfig;

/**
 * What the bot needs to run, resolved from {@link ParleyConfig.Discord} and the token.
 *
 * @param restUrl    REST base, e.g. {@code http://127.0.0.1:PORT/api/v10/}; empty: Discord's
 * @param gatewayUrl gateway, e.g. {@code ws://127.0.0.1:PORT/}; empty: Discord's
 * @param guilds     register commands in these guilds only (fast to update); empty: globally
 * @param allowedChannels answer only here (a thread counts as its parent channel); empty: everywhere
 * @param shards     1: one JDA session; more: JDA's DefaultShardManager
 */
public record BotSettings(String token, Optional<String> restUrl, Optional<String> gatewayUrl, List<String> guilds,
                          Set<String> allowedChannels, int shards, int cooldownQuestions, Duration cooldownWindow,
                          Duration deferAfter) {

    public BotSettings {
        guilds = List.copyOf(guilds);
        allowedChannels = Set.copyOf(allowedChannels);
        if (shards < 1) shards = 1;
    }

    public static BotSettings from(ParleyConfig.Discord discord, String token) {
        ParleyConfig.Cooldown cooldown = discord.cooldown() == null ? new ParleyConfig.Cooldown(5, 30) : discord.cooldown();
        return new BotSettings(token, nonBlank(discord.restUrl()), nonBlank(discord.gatewayUrl()), discord.guilds(),
                Set.copyOf(discord.allowedChannels()), discord.shards(),
                cooldown.questions() > 0 ? cooldown.questions() : 5,
                Duration.ofSeconds(cooldown.seconds() > 0 ? cooldown.seconds() : 30),
                Duration.ofMillis(discord.deferAfterMs() >= 0 ? discord.deferAfterMs() : 1500));
    }

    public BotSettings withDeferAfter(Duration value) {
        return new BotSettings(token, restUrl, gatewayUrl, guilds, allowedChannels, shards, cooldownQuestions,
                cooldownWindow, value);
    }

    public BotSettings withAllowedChannels(Set<String> value) {
        return new BotSettings(token, restUrl, gatewayUrl, guilds, value, shards, cooldownQuestions,
                cooldownWindow, deferAfter);
    }

    public BotSettings withGuilds(List<String> value) {
        return new BotSettings(token, restUrl, gatewayUrl, value, allowedChannels, shards, cooldownQuestions,
                cooldownWindow, deferAfter);
    }

    /** Never prints the token: settings end up in logs and exception messages. */
    @Override
    public String toString() {
        return "BotSettings[token=<hidden>, restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + ", guilds=" + guilds
                + ", allowedChannels=" + allowedChannels + ", shards=" + shards + ", cooldown=" + cooldownQuestions
                + "/" + cooldownWindow + ", deferAfter=" + deferAfter + "]";
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
