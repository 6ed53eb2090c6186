-- A signed-in session holds the security stamp its account had at sign-in; changing the account's roles,
-- organisation, status or password moves the stamp, and every session holding an older one is ended.
ALTER TABLE identity.staff ADD COLUMN security_stamp bigint NOT NULL DEFAULT 0;

-- API tokens expire (chosen at issue, a year at most) and can be revoked; tokens issued before this migration
-- get the default 90 days from their issue.
ALTER TABLE identity.api_token ADD COLUMN expires_at timestamptz;
UPDATE identity.api_token SET expires_at = created_at + interval '90 days';
ALTER TABLE identity.api_token ALTER COLUMN expires_at SET NOT NULL;
ALTER TABLE identity.api_token ADD COLUMN last_used_at timestamptz;
CREATE INDEX api_token_staff ON identity.api_token (staff_id);
