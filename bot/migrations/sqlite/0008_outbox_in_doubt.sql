-- Whether the latest claim of a reply found an earlier claim that never recorded its outcome: a
-- sender died (or lost its lease) mid-send, so the provider may have taken the reply already.
-- Set by the claim from the lease it replaces; the sender then asks the provider before sending
-- again, where the provider can say (Twilio's message list), so a crash does not double a reply.
ALTER TABLE outbox ADD COLUMN in_doubt BIGINT NOT NULL DEFAULT 0;
