-- Version 2: every public question, feedback linked to it, hand-offs to moderators, quizzes.

-- Every question Parley answered or refused in public. guild_id is '' for DMs and the console.
CREATE TABLE question (
    id {{id}},
    asked_at BIGINT NOT NULL,
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    answered INTEGER NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    lead TEXT NOT NULL,
    first_quote TEXT NOT NULL,
    first_citation TEXT NOT NULL,
    via TEXT NOT NULL
);

CREATE INDEX question_channel ON question (channel_id, id);
CREATE INDEX question_asked ON question (asked_at);

-- 0 when the vote could not be tied to a recorded question (and for feedback from version 1).
ALTER TABLE feedback ADD COLUMN question_id BIGINT NOT NULL DEFAULT 0;

CREATE INDEX feedback_question ON feedback (question_id);
CREATE INDEX feedback_created ON feedback (created_at);

-- The answer's first verbatim quote, for the digest ('' for entries from version 1).
ALTER TABLE qa_entry ADD COLUMN first_quote TEXT NOT NULL DEFAULT '';

-- A question handed to moderators. status is 'open' or 'answered'; the moderator's columns stay NULL while open.
CREATE TABLE handoff (
    id {{id}},
    created_at BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    guild_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    asker_id TEXT NOT NULL,
    question TEXT NOT NULL,
    reply TEXT NOT NULL,
    status TEXT NOT NULL,
    moderator_id TEXT,
    moderator_answer TEXT,
    answered_at BIGINT
);

CREATE INDEX handoff_asker ON handoff (asker_id, question_id);
CREATE INDEX handoff_status ON handoff (status, id);

-- A quiz in a channel; ended_at is NULL while it runs.
CREATE TABLE quiz (
    id {{id}},
    channel_id TEXT NOT NULL,
    started_by TEXT NOT NULL,
    question_count INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT
);

CREATE INDEX quiz_channel ON quiz (channel_id, id);

-- One try per person per question.
CREATE TABLE quiz_answer (
    quiz_id BIGINT NOT NULL REFERENCES quiz (id),
    question_index INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    choice INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    answered_at BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, question_index, user_id)
);
