-- Mining results (hub mine, the mining schedule). Every run's metadata is kept; the rows of a miner's runs are kept for its
-- last few succeeded runs only (older ones are deleted when a run succeeds), so the file does not grow with every run.
-- A miner's current results are those of its latest succeeded run.
CREATE TABLE mining_runs (
    id           INTEGER PRIMARY KEY,
    miner        TEXT    NOT NULL,
    plugin_id    TEXT    NOT NULL,
    as_of        TEXT    NOT NULL,
    trigger      TEXT    NOT NULL,
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    outcome      TEXT    NOT NULL,
    error        TEXT,
    parameters   TEXT    NOT NULL DEFAULT '{}',
    scores       INTEGER NOT NULL DEFAULT 0,
    series       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_mining_runs_miner ON mining_runs (miner, outcome, id);

-- One row per (run, customer): a million customers times some twenty-five score names would be too many rows to write in
-- the time a run has, so a customer's scores travel as one compact JSON object, {"rfm.recency":5,"rfm.segment":"Champions",
-- "keyaccounts.tier":[87.5,"Gold"]}: a number, a label, or [number, label] when a score has both. What lists rank, sort
-- and group by is promoted to columns (MiningPromotions says which score feeds which), indexed per run.
CREATE TABLE mining_scores (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER NOT NULL REFERENCES mining_runs (id),
    customer_number INTEGER NOT NULL,
    rank            INTEGER,
    sort_value      REAL,
    label           TEXT,
    scores          TEXT    NOT NULL
);
CREATE UNIQUE INDEX ix_mining_scores_customer ON mining_scores (run_id, customer_number);
CREATE INDEX ix_mining_scores_rank ON mining_scores (run_id, rank, customer_number) WHERE rank IS NOT NULL;
CREATE INDEX ix_mining_scores_label ON mining_scores (run_id, label, customer_number) WHERE label IS NOT NULL;

-- Time series a run produced (weekly demand per SKU, actual and forecast). A period is an observation or a forecast.
CREATE TABLE mining_series (
    run_id    INTEGER NOT NULL REFERENCES mining_runs (id),
    series    TEXT    NOT NULL,
    forecast  INTEGER NOT NULL,
    period    TEXT    NOT NULL,
    value     REAL    NOT NULL,
    lower     REAL,
    upper     REAL,
    PRIMARY KEY (run_id, series, forecast, period)
) WITHOUT ROWID;

-- The current scores customers are filtered and ordered by, one row per customer, set from each miner's latest succeeded
-- run (NULL where that miner has no current run or did not score the customer). A table of its own rather than columns
-- of customers: a resolution rewrites customer rows whole, and these values belong to the mining run, not to the golden
-- record. Customer numbers that resolution retires keep their row until the owning miner runs again; filters reach it
-- only through a customer that exists.
CREATE TABLE customer_mining (
    number            INTEGER PRIMARY KEY,
    rfm_segment       TEXT,
    tier              TEXT,
    key_account_score REAL,
    clv_value         REAL,
    probability_alive REAL,
    csat              REAL,
    nps               REAL
);
CREATE INDEX ix_customer_mining_rfm_segment ON customer_mining (rfm_segment) WHERE rfm_segment IS NOT NULL;
CREATE INDEX ix_customer_mining_tier ON customer_mining (tier) WHERE tier IS NOT NULL;
CREATE INDEX ix_customer_mining_key_account_score ON customer_mining (key_account_score) WHERE key_account_score IS NOT NULL;
CREATE INDEX ix_customer_mining_clv_value ON customer_mining (clv_value) WHERE clv_value IS NOT NULL;
CREATE INDEX ix_customer_mining_probability_alive ON customer_mining (probability_alive) WHERE probability_alive IS NOT NULL;
