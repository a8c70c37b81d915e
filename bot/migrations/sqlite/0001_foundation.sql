-- The foundation: people and their addresses, deliveries seen, transcripts, conversation state,
-- the outbox, handoffs, scheduled check-ins and anonymous figures.
-- Timestamps are Unix milliseconds; flags are 0/1 integers, so SQLite and PostgreSQL agree.

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    opted_out BIGINT NOT NULL DEFAULT 0,
    cohort TEXT,
    erase_pending BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE addresses (
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (channel, address)
);
CREATE INDEX addresses_by_person ON addresses (person_id);

CREATE TABLE deliveries (
    channel TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (channel, provider_id)
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    direction TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX messages_by_person ON messages (person_id, id);

CREATE TABLE conversations (
    person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    urgent BIGINT NOT NULL DEFAULT 0,
    ignores_opt_out BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    sent_at BIGINT,
    failed_at BIGINT,
    provider_message_id TEXT,
    last_error TEXT
);
CREATE INDEX outbox_pending ON outbox (person_id, id) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE TABLE handoffs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    urgency TEXT NOT NULL,
    summary TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_at BIGINT,
    resolved_at BIGINT,
    outcome TEXT
);
CREATE INDEX handoffs_open ON handoffs (resolved_at, urgency, created_at);

CREATE TABLE scheduled (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    due_at BIGINT NOT NULL,
    locked_until BIGINT,
    done_at BIGINT
);
CREATE INDEX scheduled_due ON scheduled (due_at) WHERE done_at IS NULL;

CREATE TABLE outcomes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    outcome TEXT NOT NULL,
    cohort TEXT,
    at BIGINT NOT NULL
);

CREATE TABLE listing_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_id TEXT NOT NULL,
    note TEXT NOT NULL,
    at BIGINT NOT NULL
);
