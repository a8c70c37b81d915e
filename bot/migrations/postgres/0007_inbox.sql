-- The inbox: a verified webhook is stored here in one short transaction and acknowledged; its
-- turn (classification, the flows, searches, replies) runs afterwards from a worker pool. A row
-- names the person by id (the address stays in `addresses` only) and holds what they did as
-- JSON; it is deleted in the transaction that commits its turn, so whatever is left after a
-- crash is still to do. `not_before` holds back a sender over the rate limit: their message is
-- kept and answered later rather than refused.
CREATE TABLE inbox (
    id BIGSERIAL PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    not_before BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    locked_until BIGINT,
    failed_at BIGINT,
    last_error TEXT
);
-- "Is there an older message of this person still to do?", one probe per claim candidate.
CREATE INDEX inbox_by_person ON inbox (person_id, id) WHERE failed_at IS NULL;

-- Each sender's pace, shared by every replica: the moment by which their messages so far would
-- have arrived at the allowed rate (the generic cell rate algorithm's "theoretical arrival time").
CREATE TABLE sender_pace (
    person_id TEXT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    arrival_at BIGINT NOT NULL
);
