-- The customers connection orders by a nullable field as ((col IS NULL), coalesce(col, ''), number) (CustomerQuerySql.Keys),
-- so customers without a value come last and a position never holds NULL. Without an index on those keys SQLite reads
-- every customer the filter selects and sorts them for each page: seconds at a million customers.
-- The keys are virtual generated columns (computed, not stored) rather than an index on the expressions: SQLite seeks an
-- index by a row-value comparison, (k0, k1, number) > (?, ?, ?), only on columns, so a page after a cursor starts at the
-- cursor instead of walking the index from the start.
-- Only the name orderings BI tools page by are indexed: each index is rebuilt by every full resolution's save.
ALTER TABLE customers ADD COLUMN display_name_missing INTEGER AS (display_name IS NULL) VIRTUAL;
ALTER TABLE customers ADD COLUMN display_name_key TEXT AS (coalesce(display_name, '')) VIRTUAL;
CREATE INDEX ix_customers_order_display_name ON customers (display_name_missing, display_name_key, number);

ALTER TABLE customers ADD COLUMN family_name_missing INTEGER AS (family_name IS NULL) VIRTUAL;
ALTER TABLE customers ADD COLUMN family_name_key TEXT AS (coalesce(family_name, '')) VIRTUAL;
CREATE INDEX ix_customers_order_family_name ON customers (family_name_missing, family_name_key, number);

-- Country is the filter BI tools slice by most; with it in front, a page of one country's customers in name order is
-- read straight from the index instead of walking the name index past every other country's customers (CN names sort
-- after all Latin ones: a third of a million rows before the first). Other filters use the name indexes above.
CREATE INDEX ix_customers_country_order_display_name ON customers (country, display_name_missing, display_name_key, number);
CREATE INDEX ix_customers_country_order_family_name ON customers (country, family_name_missing, family_name_key, number);
