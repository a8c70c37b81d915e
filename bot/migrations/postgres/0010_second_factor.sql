-- An optional second factor for console logins (TOTP, RFC 6238), turned on per account with
-- `frontdoor navigator totp add`: the shared secret in hex, and the last time step a code was
-- taken for, so a code cannot be used twice. A login whose password was right waits in
-- login_challenges (a token's hash, as for sessions) for a few minutes until its code comes.
ALTER TABLE navigators ADD COLUMN totp_secret TEXT;
ALTER TABLE navigators ADD COLUMN totp_last_step BIGINT;

CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    navigator_id TEXT NOT NULL REFERENCES navigators(id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
