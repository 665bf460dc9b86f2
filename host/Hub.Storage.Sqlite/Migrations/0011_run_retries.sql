-- A sync retries transient failures inside one run: how often, and the last failure that caused a retry.
ALTER TABLE runs ADD COLUMN retries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN retry_error TEXT;
-- The identity resolution that follows a successful sync can fail without failing the sync: its error is kept here.
ALTER TABLE runs ADD COLUMN resolution_error TEXT;
