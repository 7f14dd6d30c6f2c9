-- seq is a compact internal key: the hot interaction tables store it instead of the 24-character public id.
CREATE TABLE touchpoint (
    id              VARCHAR(32)  NOT NULL,
    seq             INT          NOT NULL AUTO_INCREMENT,
    brand_id        VARCHAR(64)  NOT NULL,
    type            VARCHAR(32)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    owner           VARCHAR(200) NOT NULL,
    region          VARCHAR(100) NOT NULL,
    vendor          VARCHAR(200) NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    -- Last interaction number handed out; only changed while the ingest holds this row's lock.
    interaction_seq BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY idx_touchpoint_seq (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_touchpoint_brand_id_seq ON touchpoint (brand_id, seq);
