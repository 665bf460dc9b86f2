-- Where each golden field's value came from, as compact JSON keyed by field name, one array per field:
-- {"email":["shop","1042","2024-05-01T09:30:00.0000000Z","most-recent"], ...} = source, source id, when that record last
-- changed (UTC, "O" format), and the survivorship rule that chose it. An operator's override reads
-- ["operator","<decision id>","<decided at>","override"]. Rows written before this column existed hold '{}' until the
-- next resolution rewrites every customer.
ALTER TABLE customers ADD COLUMN lineage TEXT NOT NULL DEFAULT '{}';
