-- Every change an operator makes to a connector's checkpoint (set or reset), with who, when, why, and the value it
-- replaced. Append-only: syncs moving their checkpoint are not operator changes and are not logged here.
CREATE TABLE checkpoint_changes (
    id           INTEGER PRIMARY KEY,
    connector_id TEXT    NOT NULL,
    old_value    TEXT,
    new_value    TEXT,
    actor        TEXT    NOT NULL,
    reason       TEXT,
    changed_at   TEXT    NOT NULL
);
CREATE INDEX ix_checkpoint_changes_connector ON checkpoint_changes (connector_id, id);
