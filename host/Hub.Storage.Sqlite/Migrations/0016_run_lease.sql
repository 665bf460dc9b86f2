-- Which process runs a run, and when it last said the run is alive: a run is marked interrupted only once its heartbeat
-- is old, not because another process started (hub sync beside hub serve; several nodes over PostgreSQL).
ALTER TABLE runs ADD COLUMN node TEXT;
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT;
