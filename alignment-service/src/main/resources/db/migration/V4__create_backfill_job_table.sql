-- A backfill job computes the end-of-day snapshot of every day in [from_day, to_day] (brand time zone).
-- next_day is the checkpoint a restarted job resumes from; a lease (owner, until) lets one instance run it at a time.
CREATE TABLE alignment_backfill_job (
    id           VARCHAR(32)  NOT NULL,
    brand_id     VARCHAR(64)  NOT NULL,
    time_zone    VARCHAR(64)  NOT NULL,
    from_day     DATE         NOT NULL,
    to_day       DATE         NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    days_total   INT          NOT NULL,
    days_done    INT          NOT NULL,
    next_day     DATE         NULL,
    errors       LONGTEXT     NOT NULL,
    requested_by VARCHAR(128) NOT NULL,
    lease_owner  VARCHAR(64)  NULL,
    lease_until  DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    started_at   DATETIME(6)  NULL,
    finished_at  DATETIME(6)  NULL,
    revision     BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_alignment_backfill_job_state_created_at ON alignment_backfill_job (state, created_at);
CREATE INDEX idx_alignment_backfill_job_brand_id_created_at ON alignment_backfill_job (brand_id, created_at);
