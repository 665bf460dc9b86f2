-- The identity engine's trained parameters, one row per training, so a retrain can say how they moved.
CREATE TABLE identity_models (
    version    INTEGER PRIMARY KEY,
    trained_at TEXT    NOT NULL,
    parameters TEXT    NOT NULL
);

-- Why records belong to their customer: one row per link kept, its comparison levels packed into one integer.
-- weight is NULL for links made by a deterministic rule or an operator's decision.
CREATE TABLE identity_links (
    record_a        INTEGER NOT NULL,
    record_b        INTEGER NOT NULL,
    customer_number INTEGER NOT NULL,
    weight          REAL,
    levels          INTEGER NOT NULL,
    rule            TEXT    NOT NULL,
    model_version   INTEGER NOT NULL,
    PRIMARY KEY (record_a, record_b)
) WITHOUT ROWID;
CREATE INDEX ix_identity_links_customer ON identity_links (customer_number);
