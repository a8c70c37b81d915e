-- The latest reply to a person on a channel is read on every Telegram message (was it a reply
-- keyboard, whose key the person pressed?), and erasing a person deletes their rows: both look
-- outbox rows up by person, which no index covered once the rows were sent.
CREATE INDEX outbox_by_person ON outbox (person_id, channel, id);
