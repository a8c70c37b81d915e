-- Codes from LINK, which join a person's second channel (an SMS number and a Telegram chat) to
-- their first: one person, one history, one erasure. A code is kept for half an hour and goes
-- with the person if they are erased.
CREATE TABLE link_codes (
    code TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    expires_at BIGINT NOT NULL
);
CREATE INDEX link_codes_by_person ON link_codes (person_id);
