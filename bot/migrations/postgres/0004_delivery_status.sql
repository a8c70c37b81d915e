-- What became of each message sent: the latest delivery status a provider reported for an
-- outbox row (found by the provider's message id), with its error code and when it came.
-- Nothing personal is kept here: no number, no text, and the row goes with its outbox row, so
-- an erasure (which deletes the person's outbox rows) takes it too. `stage` orders statuses so
-- that a late or repeated callback never replaces a later one (a "sent" after "delivered").

CREATE TABLE delivery_statuses (
    outbox_id BIGINT PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    stage BIGINT NOT NULL,
    error_code TEXT,
    updated_at BIGINT NOT NULL
);

-- Status callbacks name the message by the provider's id.
CREATE INDEX outbox_by_provider_message ON outbox (channel, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
