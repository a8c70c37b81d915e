-- The outbox is claimed in batches, most urgent first, taking only each person's oldest pending
-- row. This index lets the claim walk pending rows in that order and stop after a batch; the
-- index `outbox_pending (person_id, id)` answers "is there an older pending row for this person?"
-- with one probe per candidate, so a claim costs the same however long the outbox grows.
CREATE INDEX outbox_due ON outbox (urgent DESC, id) WHERE sent_at IS NULL AND failed_at IS NULL;
