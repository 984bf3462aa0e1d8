package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a numeric option before a command starts, so a bad value gets picocli's usage message, not a stack. */
final class Bounds {

    private Bounds() {}

    /** @throws CommandLine.ParameterException when {@code value} is below {@code min} */
    static void atLeast(CommandSpec spec, String option, long value, long min) {
        if (value < min) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), option + " must be at least " + min + " (it was " + value + ").");
        }
    }
}
