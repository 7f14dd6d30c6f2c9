-- Brands recomputed on schedule: registered when first recomputed, read or discovered.
CREATE TABLE alignment_brand (
    brand_id        VARCHAR(64)  NOT NULL,
    registered_at   DATETIME(6)  NOT NULL,
    last_attempt_at DATETIME(6)  NULL,
    last_success_at DATETIME(6)  NULL,
    last_outage_at  DATETIME(6)  NULL,
    last_outage     VARCHAR(255) NULL,
    PRIMARY KEY (brand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
