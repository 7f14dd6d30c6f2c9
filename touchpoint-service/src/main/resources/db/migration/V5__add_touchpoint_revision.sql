-- Counts stored changes of a touchpoint; its ETag is derived from it.
ALTER TABLE touchpoint ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
