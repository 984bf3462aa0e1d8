package org.parley.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Every Parley setting, as documented in config/parley.yaml. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParleyConfig(String corpus, String index, String lexicon, Engine engine, Discord discord, Store store) {

    /** @param warmUpMs how long {@code ask} reading standard input warms the engine up before its first question */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Engine(
            boolean semantic,
            int maxCitations,
            int maxQuestionChars,
            String model,
            double answerThreshold,
            long warmUpMs) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discord(
            List<String> guilds,
            List<String> allowedChannels,
            String restUrl,
            String gatewayUrl,
            int shards,
            String shardRange,
            Cooldown cooldown,
            long deferAfterMs,
            String educatorRole,
            String moderatorChannel,
            boolean threads,
            boolean messageContent) {
        public Discord {
            guilds = guilds == null ? List.of() : List.copyOf(guilds);
            allowedChannels = allowedChannels == null ? List.of() : List.copyOf(allowedChannels);
            shardRange = shardRange == null ? "" : shardRange.strip();
            educatorRole = educatorRole == null ? "" : educatorRole.strip();
            moderatorChannel = moderatorChannel == null ? "" : moderatorChannel.strip();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cooldown(int questions, int seconds) {}

    /**
     * @param dir  SQLite's parley.db, legacy files to import, and (PostgreSQL) the spool of writes waiting for the server
     * @param url  a jdbc:postgresql: url; "" keeps the store in SQLite under {@code dir}
     * @param user the PostgreSQL user; the password is never a setting (see {@link ConfigLoader#storePassword})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Store(String dir, String url, String user) {
        public Store {
            url = url == null ? "" : url.strip();
            user = user == null ? "" : user.strip();
        }
    }
}
