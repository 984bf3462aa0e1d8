package org.parley.answer;

/**
 * What the learned models see of one (question, candidate sentence) pair. Each is a measurement, never a
 * verdict: the weights that turn them into a ranking and a confidence are fit on labelled questions
 * ({@code parley train}) and stored in the model file by name, so adding a feature means retraining.
 */
public enum Feature {
    // How much of the question the sentence holds
    /** IDF-weighted share of the question's terms in the sentence (aliases and synonyms count; its paragraph half). */
    COVERAGE,
    /** The same share counting only the sentence itself. */
    SENTENCE_COVERAGE,
    /** Share of the question's terms matched, each counted once whatever its weight. */
    TERM_SHARE,
    /** Adjacent question terms that stand adjacent in the sentence too ("oil crisis"), as a share of the pairs. */
    BIGRAMS,
    /** The heaviest question term the sentence and its paragraph lack, relative to the heaviest term. */
    UNMATCHED_MAX,
    /**
     * IDF-weighted share of the question's lower-case words (its predicate: "die", "formed", "discovered") found in
     * the sentence itself; 1 when it has none. A question that keeps the names of a sentence but changes what
     * happened is the commonest unanswerable question people write.
     */
    PREDICATE_COVERAGE,
    /** log(1 + the question's lower-case words the sentence lacks). */
    PREDICATE_MISSES,
    /** IDF-weighted share of the question's names and numbers found in the sentence itself; 1 when it has none. */
    NAME_COVERAGE,
    /** BM25 of the sentence (and its context) relative to the best candidate of the query. */
    BM25_SHARE,
    /** 1 / BM25 rank among the candidates. */
    BM25_RECIPROCAL_RANK,
    /** Cosine similarity of question and sentence embeddings. */
    COSINE,
    /** Cosine minus the best candidate's cosine (0 for the most similar sentence). */
    COSINE_GAP,
    /** 1 / cosine rank among the candidates. */
    COSINE_RECIPROCAL_RANK,
    /**
     * Cosine of the sentence to the question with its names and numbers taken out: whether it says what the question
     * asks of them, not only who or what it is about. (The cosine itself when the question names nothing.)
     */
    PREDICATE_COSINE,

    // Whether the sentence holds the kind of answer asked for, per question type
    /** A person for "who" (1 when placed at the talks). */
    TYPE_WHO,
    /** A place phrase for "where". */
    TYPE_WHERE,
    /** A date or time word for "when". */
    TYPE_WHEN,
    /** A number for "how many / how long". */
    TYPE_QUANTITY,
    /** A cause phrase for "why". */
    TYPE_WHY,
    /** A quote or speech verb for "what did X say". */
    TYPE_WORDS,
    /** A future or scheduling word for "what comes next". */
    TYPE_NEXT,
    /** A "who" question over a sentence naming no person and no party. */
    WHO_WITHOUT_PEOPLE,
    /** A capitalised name the question does not use (a candidate answer for who/where questions). */
    NEW_NAME,
    /** A number the question does not use (a candidate answer for when/how-many questions). */
    NEW_NUMBER,

    // The facts about the sentence
    /** The sentence is of the facet asked about (participants, outcomes, objections, open questions). */
    FACET_FIT,
    /** The question turns on an outcome or objection word that neither sentence nor paragraph carries. */
    MISSES_FACET,
    /** A number the question names is in neither the sentence nor its paragraph. */
    MISSES_NUMBER,
    /** The sentence the facts say places or dates the meeting, for a question about exactly that. */
    SCENE,
    /** Exactly one of question and sentence is negated ("not", "never", "n't"). */
    NEGATION_MISMATCH,

    // Where and what the sentence is
    /** The sentence ends in a question mark. */
    QUESTION_MARK,
    /** A bare quotation or a sentence opening with a pronoun, read together with the sentence before. */
    BORROWS_PREVIOUS,
    /** First sentence of its paragraph. */
    FIRST_IN_PARAGRAPH,
    /** In the article's first paragraph. */
    LEAD_PARAGRAPH,
    /** log(1 + words in the sentence). */
    LENGTH,

    // The question itself (the same for every candidate: they only shape the confidence)
    /** A question word: who. */
    ASKS_WHO,
    /** what / which. */
    ASKS_WHAT,
    /** where. */
    ASKS_WHERE,
    /** when. */
    ASKS_WHEN,
    /** why. */
    ASKS_WHY,
    /** how (not how many). */
    ASKS_HOW,
    /** how many / how long / how much. */
    ASKS_QUANTITY,
    /** A yes/no question. */
    ASKS_YES_NO,
    /** Asks for someone's words or views. */
    ASKS_WORDS,
    /** The noun the question turns on never occurs in the corpus ("the population of …"). */
    UNKNOWN_FOCUS,
    /**
     * {@link #PREDICATE_COSINE} when the focus is unknown, else 0: only a near paraphrase of what is asked answers such a
     * question, and a sentence that shares only its names ("the capital of France" against a sentence about France)
     * is none.
     */
    UNKNOWN_FOCUS_COSINE,
    /** Weight share of the question's terms that occur nowhere in the corpus. */
    UNKNOWN_SHARE,
    /** log(1 + number of question terms). */
    TERMS;

    static final int COUNT = values().length;
}
