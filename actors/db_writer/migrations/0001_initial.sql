-- The initial schema. Applied once, inside the migration transaction (actors/db_writer/_migrate.py).
--
-- No foreign keys on purpose: the flusher drains the spool idempotently and a record may be
-- dead-lettered, so rows of one family can arrive in any order or not at all; /delete
-- (FamilyErased) removes a chat's rows from every table explicitly instead of by cascade.
-- Every table has the natural key its record carries (actors/db_writer/records.py), which
-- makes replays harmless: ON CONFLICT DO NOTHING, or an upsert guarded by "version".

CREATE TABLE families (
    chat_id       bigint PRIMARY KEY,
    language      text CHECK (language IN ('ru', 'en')),
    checkin_time  text NOT NULL,
    timezone      text NOT NULL,
    active        boolean NOT NULL,
    version       bigint NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- The scheduler's daily sweep: active families by check-in time.
CREATE INDEX families_active_checkin ON families (checkin_time) WHERE active;

CREATE TABLE parents (
    chat_id     bigint NOT NULL,
    user_id     bigint NOT NULL,
    first_seen  timestamptz NOT NULL,
    PRIMARY KEY (chat_id, user_id)
);

CREATE TABLE children (
    chat_id   bigint NOT NULL,
    child_id  integer NOT NULL,
    name      text NOT NULL,
    age       smallint NOT NULL CHECK (age BETWEEN 0 AND 17),
    version   bigint NOT NULL,
    PRIMARY KEY (chat_id, child_id)  -- also serves "children of a chat"
);

CREATE TABLE emotion_entries (
    entry_key  text PRIMARY KEY,
    chat_id    bigint NOT NULL,
    child_id   integer NOT NULL,
    phrase     text NOT NULL,
    emotion    text NOT NULL,
    intensity  smallint NOT NULL CHECK (intensity BETWEEN 1 AND 5),
    analysis   jsonb NOT NULL,
    source     text NOT NULL CHECK (source IN ('claude', 'offline')),
    age_band   text NOT NULL,
    language   text NOT NULL CHECK (language IN ('ru', 'en')),
    at         timestamptz NOT NULL
);
-- The diary and the weekly report: a child's entries, newest first.
CREATE INDEX emotion_entries_chat_child_at ON emotion_entries (chat_id, child_id, at DESC);

CREATE TABLE checkins (
    chat_id   bigint NOT NULL,
    child_id  integer NOT NULL,
    day       date NOT NULL,
    score     smallint NOT NULL,
    at        timestamptz NOT NULL,
    PRIMARY KEY (chat_id, child_id, day)  -- also serves the weekly report's range scan
);

CREATE TABLE processed_updates (
    update_id  bigint PRIMARY KEY,
    chat_id    bigint NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX processed_updates_chat ON processed_updates (chat_id);
CREATE INDEX processed_updates_at ON processed_updates (at);  -- pruning old keys

CREATE TABLE sent_replies (
    key      text PRIMARY KEY,  -- the idempotency key lookup
    chat_id  bigint NOT NULL,
    at       timestamptz NOT NULL
);
CREATE INDEX sent_replies_chat ON sent_replies (chat_id);
CREATE INDEX sent_replies_at ON sent_replies (at);  -- pruning old keys

CREATE TABLE dead_letters (
    key           text PRIMARY KEY,
    actor         text NOT NULL,
    reason        text NOT NULL,
    error         text NOT NULL,
    message_json  text NOT NULL,  -- text, not jsonb: a poison record may hold \u0000
    chat_id       bigint,
    at            timestamptz NOT NULL
);
CREATE INDEX dead_letters_at ON dead_letters (at);
CREATE INDEX dead_letters_chat ON dead_letters (chat_id) WHERE chat_id IS NOT NULL;

CREATE TABLE schedule_runs (
    schedule    text NOT NULL,
    period_key  text NOT NULL,
    at          timestamptz NOT NULL,
    PRIMARY KEY (schedule, period_key)
);

-- How far the spool has been drained: written in the same transaction as each batch.
CREATE TABLE spool_watermark (
    id          boolean PRIMARY KEY DEFAULT true CHECK (id),
    seq         bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO spool_watermark (id, seq) VALUES (true, 0);
