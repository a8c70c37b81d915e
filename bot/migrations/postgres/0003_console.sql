-- The navigator console: accounts, login sessions, private notes on handoffs and the audit log;
-- handoffs learn which team they are for and when they last changed (the live queue watches it).

CREATE TABLE navigators (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    admin BIGINT NOT NULL DEFAULT 0,
    team TEXT NOT NULL DEFAULT 'adult',
    setup_token_hash TEXT,
    setup_expires_at BIGINT,
    failed_logins BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE console_sessions (
    token_hash TEXT PRIMARY KEY,
    navigator_id TEXT NOT NULL REFERENCES navigators(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE handoff_notes (
    id BIGSERIAL PRIMARY KEY,
    handoff_id BIGINT NOT NULL REFERENCES handoffs(id) ON DELETE CASCADE,
    navigator_id TEXT NOT NULL REFERENCES navigators(id),
    body TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX handoff_notes_by_handoff ON handoff_notes (handoff_id, id);

-- Who looked at or acted on which conversation. Names the person only by pseudonymous id and
-- holds no message text, so it outlives an erasure.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    navigator_id TEXT NOT NULL,
    action TEXT NOT NULL,
    handoff_id BIGINT,
    person_id TEXT,
    at BIGINT NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at);

ALTER TABLE handoffs ADD COLUMN team TEXT NOT NULL DEFAULT 'adult';
ALTER TABLE handoffs ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX handoffs_by_update ON handoffs (updated_at);
