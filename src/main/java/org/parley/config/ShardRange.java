package org.parley.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shards one process runs, {@code first} to {@code last} (both included), out of {@code discord.shards}: several
 * processes on disjoint ranges share the bot's guilds between them.
 */
public record ShardRange(int first, int last) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,4})\\s*(?:-\\s*(\\d{1,4})\\s*)?");

    public ShardRange {
        if (first < 0 || last < first) throw new IllegalArgumentException("Not a shard range: " + first + "-" + last);
    }

    /** Every shard: what one process runs when discord.shardRange is empty. */
    public static ShardRange all(int total) {
        return new ShardRange(0, Math.max(total, 1) - 1);
    }

    /**
     * Reads discord.shardRange: {@code "0-1"}, a single shard {@code "2"}, or empty for all of {@code total}.
     *
     * @throws ConfigException saying what is wrong and what would be right
     */
    public static ShardRange parse(String text, int total) {
        if (text == null || text.isBlank()) return all(total);
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new ConfigException("discord.shardRange must be the first and last shard this process runs, like "
                    + "0-1 (or one shard, like 2), or empty for all; got '" + text.strip() + "'.");
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (first > last) {
            throw new ConfigException("discord.shardRange " + first + "-" + last + " ends before it starts: write the "
                    + "lower shard first, e.g. " + last + "-" + first + ".");
        }
        if (last >= total) {
            throw new ConfigException("discord.shardRange " + first + "-" + last + " names shard " + last
                    + ", but discord.shards is " + total + ", so shards are numbered 0 to " + (total - 1) + ".");
        }
        return new ShardRange(first, last);
    }

    public boolean includes(int shard) {
        return shard >= first && shard <= last;
    }

    public int count() {
        return last - first + 1;
    }

    /** Whether every shard of the range exists when there are {@code total}. */
    public boolean fitsIn(int total) {
        return last < total;
    }

    /** As written in the settings: {@code 0-1}. */
    @Override
    public String toString() {
        return first + "-" + last;
    }
}
