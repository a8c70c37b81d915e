-- The community directory: one row per service, the record as JSON (the shape of
-- bot/src/directory/model.rs), its sentence embedding for semantic search, and a fingerprint so
-- a re-import can tell unchanged records from updated ones.

CREATE TABLE services (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL,
    embedding BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_at BIGINT NOT NULL,
    changed_at BIGINT NOT NULL
);
CREATE INDEX services_changed ON services (changed_at);
