package org.parley.answer;

/** The kind of answer a question wants. */
public enum QuestionType {
    WHO,
    WHAT,
    WHERE,
    WHEN,
    WHY,
    HOW,
    YES_NO,
    OTHER
}
