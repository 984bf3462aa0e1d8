package org.parley.answer;

/** Small print under a reply's first line, as data; {@code ui.AnswerText} words it. */
public sealed interface Note {

    /** The question was longer than the engine reads: only its first {@code readChars} characters were read. */
    record QuestionCut(int readChars) implements Note {}
}
