-- A parent's tap under an answer: it helped (true) or not (false). One row per diary
-- entry (the chat and the entry's key: a key typed into another chat's forged button
-- makes a row of that chat, never touches this one); a later tap replaces an earlier one
-- (the record with the higher version wins). The weekly report counts them per child through emotion_entries.
-- /undo, a removed child and /delete take the rows with their entries.
CREATE TABLE entry_feedback (
    chat_id    bigint NOT NULL,
    entry_key  text NOT NULL,
    helpful    boolean NOT NULL,
    version    bigint NOT NULL,
    at         timestamptz NOT NULL,
    PRIMARY KEY (chat_id, entry_key)
);
CREATE INDEX entry_feedback_chat_at ON entry_feedback (chat_id, at);  -- the weekly report
