-- Incremental resolution: a record is pending while the revision a resolution last saved for it (resolved_revision,
-- NULL = never) differs from its current one. The upsert raises revision on every content change, deletion and revival.
ALTER TABLE customer_records ADD COLUMN resolved_revision INTEGER;

-- Records with a customer were resolved; which revision the resolution saw was not kept, so the current one stands in.
-- Deleted records stay pending, so the next resolution takes them out of their customers: the upsert clears a deleted
-- record's customer, and one that still has a customer was never seen deleted (every save clears those). Keeping the
-- latter pending also lets a save of changes look for deleted records with a customer among pending records only.
UPDATE customer_records SET resolved_revision = revision WHERE customer_number IS NOT NULL AND is_deleted = 0;

-- Partial: it holds only pending records, so finding them does not scan the table. A query uses it only when its WHERE
-- repeats this term exactly.
CREATE INDEX ix_customer_records_pending ON customer_records (id) WHERE resolved_revision IS NOT revision;

-- How many resolutions have been saved: a resolution of changes computed against an older value is refused.
INSERT INTO meta (key, value) VALUES ('resolution_generation', 0);
