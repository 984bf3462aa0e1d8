package org.parley.ui;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The one list of Parley's commands and their help lines. Discord's slash commands take their descriptions from
 * here and the console's help is written from it; a test checks that every slash command is listed and that the
 * console offers every command marked for it.
 */
public final class CommandCatalog {

    /** A quiz someone sits through in a lesson: long enough to be worth it, short enough to finish. */
    public static final int MAX_QUIZ = 10;

    public static final int DEFAULT_QUIZ = 5;

    private static final List<CommandInfo> COMMANDS = List.of(
            new CommandInfo(
                    "ask",
                    "/ask question:…",
                    "Ask a question about the talks; the answer quotes the articles.",
                    false,
                    true),
            new CommandInfo(
                    "participants",
                    "/participants",
                    "Who was at the talks, and everyone else the articles name.",
                    false,
                    true),
            new CommandInfo("outcomes", "/outcomes", "What the talks agreed or decided, with sources.", false, true),
            new CommandInfo("objections", "/objections", "Who objected, and to what, with sources.", false, true),
            new CommandInfo(
                    "summary",
                    "/summary [article:\u2026] [pin:True]",
                    "The talks in brief: who, where, outcomes, objections, open questions; of one article if named.",
                    false,
                    true),
            new CommandInfo("sources", "/sources", "The articles Parley reads.", false, true),
            new CommandInfo(
                    "session",
                    "/session action:start|end",
                    "Run a Q&A session here and get a digest at the end.",
                    true,
                    true),
            new CommandInfo(
                    "quiz",
                    "/quiz [questions:" + DEFAULT_QUIZ + "]",
                    "Post a multiple-choice quiz built from the articles.",
                    true,
                    true),
            new CommandInfo(
                    "stats",
                    "/stats [days:7] [export:True]",
                    "What people asked, what was answered, and what was not.",
                    true,
                    true),
            new CommandInfo("reload", "/reload", "Re-read the articles folder without a restart.", true, false),
            new CommandInfo("help", "/help", "How to use Parley.", false, true));

    private CommandCatalog() {}

    public static List<CommandInfo> all() {
        return COMMANDS;
    }

    public static CommandInfo get(String name) {
        return COMMANDS.stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no command named " + name + " in the catalogue"));
    }

    /** The help lines, one per command, in the catalogue's order; {@code code} formats the usage. */
    public static List<String> helpLines(boolean consoleOnly, java.util.function.UnaryOperator<String> code) {
        return COMMANDS.stream()
                .filter(c -> !consoleOnly || c.console())
                .map(c -> code.apply(c.usage()) + " \u2014 " + c.summary() + (c.moderated() ? " (moderators)" : ""))
                .toList();
    }
}
