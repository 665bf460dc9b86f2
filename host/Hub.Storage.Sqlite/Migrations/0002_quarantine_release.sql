-- A quarantined item that a retry stored is released, not deleted: the quarantine keeps its history.
ALTER TABLE quarantine ADD COLUMN released_at TEXT;
ALTER TABLE quarantine ADD COLUMN released_run_id INTEGER REFERENCES runs (id);
