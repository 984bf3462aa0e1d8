package org.parley.ui;

/**
 * One command as people see it in help texts.
 *
 * @param name      without the slash
 * @param usage     how to type it, e.g. {@code /session action:start}
 * @param summary   one line: what it does (also the description Discord shows, at most 100 characters)
 * @param moderated only moderators (Manage Messages) or the configured educator role may run it
 * @param console   the console chat offers it too
 */
public record CommandInfo(String name, String usage, String summary, boolean moderated, boolean console) {

    /** Discord's limit for a slash command's description. */
    public static final int MAX_SUMMARY = 100;

    public CommandInfo {
        if (summary.length() > MAX_SUMMARY) throw new IllegalArgumentException("summary over 100 characters: " + name);
    }
}
