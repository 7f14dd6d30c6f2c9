-- One computed alignment of a brand as of an instant. summary is what the brand overview and history
-- need; document holds every figure. local_day is as_of's date in the brand's time zone (daily history).
CREATE TABLE alignment_snapshot (
    id               VARCHAR(32)  NOT NULL,
    brand_id         VARCHAR(64)  NOT NULL,
    as_of            DATETIME(6)  NOT NULL,
    computed_at      DATETIME(6)  NOT NULL,
    local_day        DATE         NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    stale            BOOLEAN      NOT NULL DEFAULT FALSE,
    brand_index      DOUBLE       NULL,
    promise_versions LONGTEXT     NOT NULL,
    summary          LONGTEXT     NOT NULL,
    document         LONGTEXT     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_alignment_snapshot_brand_id_as_of ON alignment_snapshot (brand_id, as_of, computed_at);
