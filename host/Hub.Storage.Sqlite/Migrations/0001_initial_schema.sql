-- Hub schema, version 1. Timestamps are ISO-8601 UTC text ("O" format) so they sort; money is invariant decimal text.
-- Quartz keeps its own QRTZ_ tables in this file: nothing here may touch them.

CREATE TABLE customer_records (
    id                INTEGER PRIMARY KEY,
    source            TEXT    NOT NULL,
    source_id         TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    full_name         TEXT,
    given_name        TEXT,
    family_name       TEXT,
    email             TEXT,
    phone             TEXT,
    street            TEXT,
    city              TEXT,
    postcode          TEXT,
    country           TEXT,
    birth_date        TEXT,
    company           TEXT,
    external_id       TEXT,
    attributes        TEXT    NOT NULL DEFAULT '{}',
    warnings          TEXT    NOT NULL DEFAULT '[]',
    source_updated_at TEXT,
    position          TEXT,
    content_hash      INTEGER NOT NULL,
    is_deleted        INTEGER NOT NULL DEFAULT 0,
    revision          INTEGER NOT NULL DEFAULT 0,
    first_seen        TEXT    NOT NULL,
    last_changed      TEXT    NOT NULL,
    last_run_id       INTEGER NOT NULL,
    customer_number   INTEGER,
    UNIQUE (source, source_id)
);
-- Partial: a record is unresolved until the first resolution, and new records should not pay for an index entry.
CREATE INDEX ix_customer_records_customer_number ON customer_records (customer_number) WHERE customer_number IS NOT NULL;

CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    source             TEXT    NOT NULL,
    stream             TEXT    NOT NULL,
    order_id           TEXT    NOT NULL,
    customer_source_id TEXT    NOT NULL,
    ordered_at         TEXT    NOT NULL,
    amount             TEXT    NOT NULL,
    currency           TEXT    NOT NULL,
    lines              TEXT    NOT NULL DEFAULT '[]',
    attributes         TEXT    NOT NULL DEFAULT '{}',
    warnings           TEXT    NOT NULL DEFAULT '[]',
    source_updated_at  TEXT,
    position           TEXT,
    content_hash       INTEGER NOT NULL,
    is_deleted         INTEGER NOT NULL DEFAULT 0,
    revision           INTEGER NOT NULL DEFAULT 0,
    first_seen         TEXT    NOT NULL,
    last_changed       TEXT    NOT NULL,
    last_run_id        INTEGER NOT NULL,
    UNIQUE (source, stream, order_id)
);
CREATE INDEX ix_orders_customer ON orders (source, customer_source_id);

CREATE TABLE interactions (
    id                 INTEGER PRIMARY KEY,
    source             TEXT    NOT NULL,
    stream             TEXT    NOT NULL,
    interaction_id     TEXT    NOT NULL,
    customer_source_id TEXT    NOT NULL,
    occurred_at        TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    type               TEXT,
    direction          TEXT,
    duration_ms        INTEGER,
    outcome            TEXT,
    agent              TEXT,
    summary            TEXT,
    score              TEXT,
    attributes         TEXT    NOT NULL DEFAULT '{}',
    warnings           TEXT    NOT NULL DEFAULT '[]',
    source_updated_at  TEXT,
    position           TEXT,
    content_hash       INTEGER NOT NULL,
    is_deleted         INTEGER NOT NULL DEFAULT 0,
    revision           INTEGER NOT NULL DEFAULT 0,
    first_seen         TEXT    NOT NULL,
    last_changed       TEXT    NOT NULL,
    last_run_id        INTEGER NOT NULL,
    UNIQUE (source, stream, interaction_id)
);
CREATE INDEX ix_interactions_customer ON interactions (source, customer_source_id);

CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    source             TEXT    NOT NULL,
    stream             TEXT    NOT NULL,
    event_id           TEXT    NOT NULL,
    customer_source_id TEXT    NOT NULL,
    name               TEXT    NOT NULL,
    occurred_at        TEXT    NOT NULL,
    properties         TEXT,
    attributes         TEXT    NOT NULL DEFAULT '{}',
    warnings           TEXT    NOT NULL DEFAULT '[]',
    source_updated_at  TEXT,
    position           TEXT,
    content_hash       INTEGER NOT NULL,
    is_deleted         INTEGER NOT NULL DEFAULT 0,
    revision           INTEGER NOT NULL DEFAULT 0,
    first_seen         TEXT    NOT NULL,
    last_changed       TEXT    NOT NULL,
    last_run_id        INTEGER NOT NULL,
    UNIQUE (source, stream, event_id)
);
CREATE INDEX ix_events_customer ON events (source, customer_source_id);

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    connector_id TEXT,
    source       TEXT    NOT NULL,
    trigger      TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    outcome      TEXT    NOT NULL,
    error        TEXT,
    read         INTEGER NOT NULL DEFAULT 0,
    inserted     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    unchanged    INTEGER NOT NULL DEFAULT 0,
    warned       INTEGER NOT NULL DEFAULT 0,
    quarantined  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_runs_connector ON runs (connector_id, id);
CREATE INDEX ix_runs_outcome ON runs (outcome);

CREATE TABLE checkpoints (
    connector_id TEXT    PRIMARY KEY,
    value        TEXT,
    updated_at   TEXT    NOT NULL,
    run_id       INTEGER NOT NULL
);

CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs (id),
    source      TEXT    NOT NULL,
    stream      TEXT    NOT NULL,
    position    TEXT,
    raw_payload TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
CREATE INDEX ix_quarantine_source ON quarantine (source, id);

CREATE TABLE connectors (
    id           TEXT PRIMARY KEY,
    plugin_id    TEXT NOT NULL,
    schedule     TEXT,
    settings     TEXT NOT NULL DEFAULT '{}',
    secret_names TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL
);

CREATE TABLE api_keys (
    id         TEXT    PRIMARY KEY,
    hash       TEXT    NOT NULL UNIQUE,
    role       TEXT    NOT NULL,
    pii        INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    revoked_at TEXT
);

CREATE TABLE customers (
    number       INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL,
    display_name TEXT,
    given_name   TEXT,
    family_name  TEXT,
    email        TEXT,
    phone        TEXT,
    street       TEXT,
    city         TEXT,
    postcode     TEXT,
    country      TEXT,
    birth_date   TEXT,
    company      TEXT,
    emails       TEXT    NOT NULL DEFAULT '[]',
    phones       TEXT    NOT NULL DEFAULT '[]',
    record_count INTEGER NOT NULL
);

-- Small named values that must outlive any table's contents, e.g. the highest customer number ever issued.
CREATE TABLE meta (
    key   TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('max_customer_number', 0);
