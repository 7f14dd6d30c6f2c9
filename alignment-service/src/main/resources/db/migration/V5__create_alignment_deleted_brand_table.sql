-- Brands deleted at promise-service's request: nothing is computed, registered or stored for them again (ids are never reused).
CREATE TABLE alignment_deleted_brand (
    brand_id   VARCHAR(64) NOT NULL,
    deleted_at DATETIME(6) NOT NULL,
    PRIMARY KEY (brand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
