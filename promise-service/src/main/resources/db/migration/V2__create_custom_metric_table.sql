-- A brand's own metrics; the standard catalogue lives in code because it never varies per brand.
CREATE TABLE custom_metric (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    brand_id    VARCHAR(32)  NOT NULL,
    metric_key  VARCHAR(64)  NOT NULL,
    unit        VARCHAR(32)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_custom_metric_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX idx_custom_metric_brand_id_metric_key ON custom_metric (brand_id, metric_key);
