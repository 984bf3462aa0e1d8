package org.parley.answer;

/** Small print under a reply's first line, as data; {@code ui.AnswerText} words it. */
public sealed interface Note {

    /** The question was longer than the engine reads: only its first {@code readChars} characters were read. */
    record QuestionCut(int readChars) implements Note {}

    /**
     * A word of the question no article holds was read as the articles' word one typing slip away: {@code reading} is
     * the question as read ("What did Lavrov say" for "What did Lavorv say"), so the asker can see what was answered.
     */
    record ReadAs(String reading) implements Note {}
}
