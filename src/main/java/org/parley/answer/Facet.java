package org.parley.answer;

/** The part of the talks a question is about, when it is about one. */
public enum Facet {
    PARTICIPANTS,
    OUTCOMES,
    OBJECTIONS,
    OPEN_QUESTIONS,
    NONE
}
