-- A run's scores are keyed by (run, customer) with no other index: the rows of one run sit together in the table, in
-- customer order, the way miners write them.
-- Writing a run appends to the end of the table. Deleting an old run removes one contiguous stretch of it. A run that
-- succeeds does both, about a million rows each.
-- The rowid and the four indexes of 0013/0014 had to be updated row by row, in random order, on every write and delete.
-- At a million customers that was most of a `hub mine` (about 140 s of a 192 s run went on writing and deleting); the
-- same run takes about 118 s with this table.
-- What they served still reads only one run's rows: a filter, a sort or a ranked list scans that run's stretch of the
-- key (about 0.3 s for a million rows); a customer's scores are one key lookup per run.
CREATE TABLE mining_scores_keyed (
    run_id          INTEGER NOT NULL REFERENCES mining_runs (id),
    customer_number INTEGER NOT NULL,
    rank            INTEGER,
    sort_value      REAL,
    label           TEXT,
    second_value    REAL,
    scores          TEXT    NOT NULL,
    PRIMARY KEY (run_id, customer_number)
) WITHOUT ROWID;

INSERT INTO mining_scores_keyed (run_id, customer_number, rank, sort_value, label, second_value, scores)
    SELECT run_id, customer_number, rank, sort_value, label, second_value, scores FROM mining_scores ORDER BY run_id, customer_number;

DROP TABLE mining_scores;
ALTER TABLE mining_scores_keyed RENAME TO mining_scores;
