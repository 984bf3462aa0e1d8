-- Version 3: the message that carried each public answer, so a thread started from it (its id is the message's)
-- and a vote after a restart find their question. '' when not known (private replies, the console, version 2 rows).
ALTER TABLE question ADD COLUMN message_id TEXT NOT NULL DEFAULT '';

CREATE INDEX question_message ON question (message_id);
