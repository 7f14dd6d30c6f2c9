-- History. window_from: the earliest instant any window of the snapshot measured, so late data before it cannot
-- change it (NULL on older rows: treated as possibly affected). out_of_date: data changed after it was computed.
-- origin: what computed it (SCHEDULE, ON_DEMAND, BACKFILL, RESCORE); a RESCORE replaces a day that went out of date.
-- started_at: when its computation began reading data; a change stored after that may be missing from it.
ALTER TABLE alignment_snapshot ADD COLUMN window_from DATETIME(6) NULL;
ALTER TABLE alignment_snapshot ADD COLUMN started_at DATETIME(6) NULL;
ALTER TABLE alignment_snapshot ADD COLUMN out_of_date BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE alignment_snapshot ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'SCHEDULE';

CREATE INDEX idx_alignment_snapshot_brand_id_local_day ON alignment_snapshot (brand_id, local_day);

-- Where the brand's late-data check resumes: touchpoint-service's watermark from the previous check.
ALTER TABLE alignment_brand ADD COLUMN changes_since DATETIME(6) NULL;
