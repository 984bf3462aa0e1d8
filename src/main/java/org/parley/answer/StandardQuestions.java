package org.parley.answer;

/**
 * The questions behind /participants, /outcomes and /objections, shared by the console and Discord so both
 * give the same cited lists.
 */
public final class StandardQuestions {
    public static final String PARTICIPANTS = "Who took part in the talks?";
    public static final String OUTCOMES = "What was agreed?";
    public static final String OBJECTIONS = "Who objected?";

    private StandardQuestions() {}
}
