-- The customers connection orders by a nullable field as ((col IS NULL), coalesce(col, ''), number) (CustomerQuerySql.Keys),
-- so customers without a value come last and a position never holds NULL. Without an index on exactly those expressions
-- SQLite reads every customer the filter selects and sorts them for each page: hundreds of milliseconds at a million
-- customers. With one it walks the index in order, checks the filter row by row, and stops at the page's end.
-- Only the name orderings BI tools page by are indexed: each index is rebuilt with every full resolution's save.
CREATE INDEX ix_customers_order_display_name ON customers ((display_name IS NULL), coalesce(display_name, ''), number);
CREATE INDEX ix_customers_order_family_name ON customers ((family_name IS NULL), coalesce(family_name, ''), number);
