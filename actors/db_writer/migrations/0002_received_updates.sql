-- The update journal moves onto the spool (actors/telegram/spool_journal.py): every update
-- the poller accepts is spooled as an UpdateReceived record before its offset is confirmed
-- to Telegram, and drained here. With processed_updates and sent_replies it is what a
-- restart rebuilds the journal from: pending = received - processed, within 48 h.
--
-- payload is the msgpack of the IncomingUpdate (actors/protocol.py), the bytes a restart
-- delivers again. /delete (FamilyErased) deletes a chat's rows (actors/db_writer/_sql.py).

CREATE TABLE received_updates (
    update_id  bigint PRIMARY KEY,  -- replays of one update are stored once
    chat_id    bigint NOT NULL,
    payload    bytea NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX received_updates_at ON received_updates (at);  -- the rebuild window, pruning
CREATE INDEX received_updates_chat ON received_updates (chat_id);  -- /delete
