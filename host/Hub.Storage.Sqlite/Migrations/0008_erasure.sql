-- Erasure on request (GDPR, PIPL): a person's data is erased from every table, an audit entry without personal data says
-- that it happened, and the person's identifiers are kept only as SHA-256 hashes so that a later sync does not bring them back.

-- The audit log of erasures: who erased which customer number, when, why and how much. Append-only, like the decisions.
CREATE TABLE erasures (
    id               INTEGER PRIMARY KEY,
    customer_number  INTEGER NOT NULL,
    reason           TEXT    NOT NULL,
    actor            TEXT    NOT NULL,
    erased_at        TEXT    NOT NULL,
    source_records   INTEGER NOT NULL,
    orders           INTEGER NOT NULL,
    interactions     INTEGER NOT NULL,
    events           INTEGER NOT NULL,
    quarantine_items INTEGER NOT NULL,
    decisions        INTEGER NOT NULL,
    suppressions     INTEGER NOT NULL
);
CREATE TRIGGER erasures_append_only_update BEFORE UPDATE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;
CREATE TRIGGER erasures_append_only_delete BEFORE DELETE ON erasures
BEGIN
    SELECT RAISE(ABORT, 'the erasure log is append-only');
END;

-- Identifiers ingest must not store again: kind is 'record' (hash of source, NUL, source id), 'email' (hash of the
-- normalised address) or 'phone' (hash of the E.164 number). Never the identifier itself.
CREATE TABLE suppressions (
    kind       TEXT    NOT NULL,
    hash       TEXT    NOT NULL,
    erasure_id INTEGER NOT NULL REFERENCES erasures (id),
    created_at TEXT    NOT NULL,
    PRIMARY KEY (kind, hash)
) WITHOUT ROWID;

-- Records a run left out because they belong to an erased person.
ALTER TABLE runs ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;

-- The decision log stays append-only with one exception an erasure needs: an override's value may be emptied, and a
-- record a decision names may be replaced by its erased form (same source, source id 'erased:' and 64 hex digits, the
-- id the erased record row now has). Every other change is refused as before.
DROP TRIGGER identity_decisions_append_only_update;
CREATE TRIGGER identity_decisions_append_only_update BEFORE UPDATE ON identity_decisions
WHEN NOT (
    NEW.id IS OLD.id AND NEW.kind IS OLD.kind AND NEW.customer_number IS OLD.customer_number AND NEW.field IS OLD.field
    AND NEW.reason IS OLD.reason AND NEW.actor IS OLD.actor AND NEW.created_at IS OLD.created_at
    AND (NEW.value IS OLD.value OR NEW.value IS NULL)
    AND json_valid(NEW.records) AND json_valid(NEW.apart)
    AND json_array_length(NEW.records) = json_array_length(OLD.records)
    AND json_array_length(NEW.apart) = json_array_length(OLD.apart)
    AND NOT EXISTS (
        SELECT 1 FROM json_each(NEW.records) AS n JOIN json_each(OLD.records) AS o ON o.key = n.key
        WHERE n.value IS NOT o.value AND NOT (
            n.type = 'text' AND o.type = 'text' AND instr(o.value, ':') > 0
            AND substr(n.value, 1, instr(o.value, ':') + 7) = substr(o.value, 1, instr(o.value, ':')) || 'erased:'
            AND length(n.value) = instr(o.value, ':') + 7 + 64))
    AND NOT EXISTS (
        SELECT 1 FROM json_each(NEW.apart) AS n JOIN json_each(OLD.apart) AS o ON o.key = n.key
        WHERE n.value IS NOT o.value AND NOT (
            n.type = 'text' AND o.type = 'text' AND instr(o.value, ':') > 0
            AND substr(n.value, 1, instr(o.value, ':') + 7) = substr(o.value, 1, instr(o.value, ':')) || 'erased:'
            AND length(n.value) = instr(o.value, ':') + 7 + 64))
)
BEGIN
    SELECT RAISE(ABORT, 'identity decisions are append-only; record a new decision instead');
END;
