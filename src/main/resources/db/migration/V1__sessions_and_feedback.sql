-- Version 1: what the JSON lines files held (feedback.jsonl, sessions/session-<channel>.jsonl).
-- Portable SQL: {{id}} is the dialect's self-assigned id column, times are epoch milliseconds,
-- booleans INTEGER 0/1, lists of strings a JSON array in TEXT.

-- One 👍/👎 on an answer. user_hash is SHA-256 of the Discord id: the raw id is never stored.
CREATE TABLE feedback (
    id {{id}},
    created_at BIGINT NOT NULL,
    question TEXT NOT NULL,
    lead TEXT NOT NULL,
    citation_keys TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    helpful INTEGER NOT NULL
);

-- A Q&A session in a channel; ended_at is NULL while it runs.
CREATE TABLE qa_session (
    id {{id}},
    channel_id TEXT NOT NULL,
    started_by TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    ended_at BIGINT
);

-- At most one running session per channel.
CREATE UNIQUE INDEX qa_session_running ON qa_session (channel_id) WHERE ended_at IS NULL;

-- One question asked during a session.
CREATE TABLE qa_entry (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES qa_session (id),
    asked_at BIGINT NOT NULL,
    question TEXT NOT NULL,
    answered INTEGER NOT NULL,
    lead TEXT NOT NULL,
    citations TEXT NOT NULL
);

CREATE INDEX qa_entry_session ON qa_entry (session_id, id);

-- Legacy files already imported, by name and content hash, so a crash between the import's commit and the
-- file's rename never imports it twice.
CREATE TABLE legacy_import (
    file_key TEXT NOT NULL PRIMARY KEY,
    imported_at BIGINT NOT NULL
);
