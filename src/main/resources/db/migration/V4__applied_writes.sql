-- Version 4: the key of every write a process queued (or could have queued) while a PostgreSQL server was away,
-- recorded in the write's own transaction, so a queued write replayed twice (a crash between its commit and the
-- spool's truncation) is written once. Keys older than 30 days are deleted when a store opens. Unused by SQLite.
CREATE TABLE applied_write (
    write_key TEXT NOT NULL PRIMARY KEY,
    applied_at BIGINT NOT NULL
);

CREATE INDEX applied_write_at ON applied_write (applied_at);
