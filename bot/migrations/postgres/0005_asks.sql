-- What residents asked the directory for, kept anonymously for commissioners: the labels of a
-- fresh search (never the words, place or person), the cohort, and how many suggestions it found
-- (zero shows a gap in the directory).
CREATE TABLE asks (
    id BIGSERIAL PRIMARY KEY,
    tags TEXT NOT NULL,
    cohort TEXT,
    found BIGINT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX asks_by_time ON asks (at);
CREATE INDEX outcomes_by_time ON outcomes (at);
