-- Which node runs a run, and when it last said the run is alive: a node that starts marks interrupted only the runs whose
-- heartbeat is old, never the live runs of the other nodes.
ALTER TABLE runs ADD COLUMN node TEXT COLLATE "C";
ALTER TABLE runs ADD COLUMN heartbeat_at TEXT COLLATE "C";
