-- STOP is per channel: someone who stops texts can still use Telegram, and the other way round,
-- now that one person can have both (LINK). The opt-out moves from the person to each address.
ALTER TABLE addresses ADD COLUMN opted_out BIGINT NOT NULL DEFAULT 0;
UPDATE addresses SET opted_out = (SELECT opted_out FROM people WHERE people.id = addresses.person_id);
ALTER TABLE people DROP COLUMN opted_out;
