package org.parley.answer;

import java.util.List;

/**
 * A question read, searched and measured, before any model has ranked it ({@link AnswerEngine#prepare}).
 * Either the reply is already known (an empty or wordless question) or the candidates are measured.
 */
public final class Prepared {

    private final String text;
    private final List<Note> notes;
    private final Question question;
    private final List<ScoredPassage> candidates;
    private final Answer early;
    private final long started;

    Prepared(
            String text,
            List<Note> notes,
            Question question,
            List<ScoredPassage> candidates,
            Answer early,
            long started) {
        this.text = text;
        this.notes = List.copyOf(notes);
        this.question = question;
        this.candidates = List.copyOf(candidates);
        this.early = early;
        this.started = started;
    }

    static Prepared early(Answer reply) {
        return new Prepared(reply.question(), List.of(), null, List.of(), reply, System.nanoTime());
    }

    /** The candidates' verbatim quotes, in the order of {@link #features()}. */
    public List<String> quotes() {
        return candidates.stream().map(c -> c.passage().quote()).toList();
    }

    /** Each candidate's {@link Feature}s, indexed by ordinal. */
    public List<double[]> features() {
        return candidates.stream().map(ScoredPassage::features).toList();
    }

    String text() {
        return text;
    }

    List<Note> notes() {
        return notes;
    }

    Question question() {
        return question;
    }

    List<ScoredPassage> candidates() {
        return candidates;
    }

    /** The reply, when it needed no search. */
    Answer early() {
        return early;
    }

    long started() {
        return started;
    }
}
