package org.parley.answer;

import java.nio.file.Path;
import java.util.Optional;
import org.parley.config.Lexicon;

/**
 * What the engine needs to start.
 *
 * @param index where to keep the built index; empty keeps it in memory
 */
public record EngineSettings(Path corpus, Optional<Path> index, Lexicon lexicon, boolean semantic, int maxCitations,
                             int maxQuestionChars) {}
