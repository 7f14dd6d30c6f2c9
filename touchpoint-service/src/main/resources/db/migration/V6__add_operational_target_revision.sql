-- Counts stored changes of an operational target; its ETag is derived from it.
ALTER TABLE operational_target ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
