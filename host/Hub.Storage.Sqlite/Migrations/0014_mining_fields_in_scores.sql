-- Customers are filtered and ordered by mining scores straight from the current run's promoted columns, instead of a
-- copy in customer_mining: refreshing that copy rewrote a million rows and their indexes for every run that succeeded,
-- which took longer than writing the scores. The probability alive (clv) and the NPS (satisfaction) get a column of
-- their own, second_value; numbers are indexed per run like ranks and labels already are.
ALTER TABLE mining_scores ADD COLUMN second_value REAL;

-- A score is a number or [number, label] (MiningScoreJson); the names hold dots, so the path quotes them.
UPDATE mining_scores SET second_value = CASE json_type(scores, '$."clv.probability_alive"')
        WHEN 'integer' THEN json_extract(scores, '$."clv.probability_alive"')
        WHEN 'real' THEN json_extract(scores, '$."clv.probability_alive"')
        WHEN 'array' THEN json_extract(scores, '$."clv.probability_alive"[0]') END
    WHERE run_id IN (SELECT id FROM mining_runs WHERE miner = 'clv');
UPDATE mining_scores SET second_value = CASE json_type(scores, '$."satisfaction.nps"')
        WHEN 'integer' THEN json_extract(scores, '$."satisfaction.nps"')
        WHEN 'real' THEN json_extract(scores, '$."satisfaction.nps"')
        WHEN 'array' THEN json_extract(scores, '$."satisfaction.nps"[0]') END
    WHERE run_id IN (SELECT id FROM mining_runs WHERE miner = 'satisfaction');

CREATE INDEX ix_mining_scores_sort_value ON mining_scores (run_id, sort_value) WHERE sort_value IS NOT NULL;
CREATE INDEX ix_mining_scores_second_value ON mining_scores (run_id, second_value) WHERE second_value IS NOT NULL;

DROP TABLE customer_mining;
