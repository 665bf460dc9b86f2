-- The operators' identity decisions, append-only: merges (must-link), splits (cannot-link) and golden-field overrides.
-- Rows are never updated or deleted; a later row supersedes an earlier one. Every resolution applies them all.
CREATE TABLE identity_decisions (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    records         TEXT    NOT NULL DEFAULT '[]',
    apart           TEXT    NOT NULL DEFAULT '[]',
    customer_number INTEGER,
    field           TEXT,
    value           TEXT,
    reason          TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    created_at      TEXT    NOT NULL
);
CREATE TRIGGER identity_decisions_append_only_update BEFORE UPDATE ON identity_decisions
BEGIN
    SELECT RAISE(ABORT, 'identity decisions are append-only; record a new decision instead');
END;
CREATE TRIGGER identity_decisions_append_only_delete BEFORE DELETE ON identity_decisions
BEGIN
    SELECT RAISE(ABORT, 'identity decisions are append-only; record a new decision instead');
END;
