-- Brands own every other row in this schema; the slug is the human-readable unique handle.
CREATE TABLE brand (
    id          VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(64)  NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    revision    BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX idx_brand_slug ON brand (slug);
CREATE INDEX idx_brand_created_at_id ON brand (created_at, id);
