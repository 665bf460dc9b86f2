-- Each customer's orders and interactions in brief, so customers can be filtered and ordered by them without a join:
-- first and last timestamps (UTC "O" text, as orders and interactions store them) and counts. Computed from the orders
-- and interactions of the customer's live records; kept current by every resolution save and every ingested batch.
ALTER TABLE customers ADD COLUMN first_order_at TEXT;
ALTER TABLE customers ADD COLUMN last_order_at TEXT;
ALTER TABLE customers ADD COLUMN order_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN first_interaction_at TEXT;
ALTER TABLE customers ADD COLUMN last_interaction_at TEXT;
ALTER TABLE customers ADD COLUMN interaction_count INTEGER NOT NULL DEFAULT 0;

UPDATE customers SET first_order_at = a.first_at, last_order_at = a.last_at, order_count = a.n
FROM (SELECT r.customer_number AS number, min(o.ordered_at) AS first_at, max(o.ordered_at) AS last_at, count(*) AS n
      FROM customer_records r JOIN orders o ON o.source = r.source AND o.customer_source_id = r.source_id
      WHERE r.customer_number IS NOT NULL AND r.is_deleted = 0 AND o.is_deleted = 0
      GROUP BY r.customer_number) AS a
WHERE customers.number = a.number;

UPDATE customers SET first_interaction_at = a.first_at, last_interaction_at = a.last_at, interaction_count = a.n
FROM (SELECT r.customer_number AS number, min(i.occurred_at) AS first_at, max(i.occurred_at) AS last_at, count(*) AS n
      FROM customer_records r JOIN interactions i ON i.source = r.source AND i.customer_source_id = r.source_id
      WHERE r.customer_number IS NOT NULL AND r.is_deleted = 0 AND i.is_deleted = 0
      GROUP BY r.customer_number) AS a
WHERE customers.number = a.number;
