package org.parley.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --corpus DIR, shared by every command that reads articles. */
final class CorpusOption {
    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "Answer from the articles in DIR instead of the configured corpus.")
    Path corpus;

    Optional<Path> get() {
        return Optional.ofNullable(corpus);
    }
}
