-- One row per promise: its brand, creation time (the list order) and which version is current.
CREATE TABLE promise (
    id              VARCHAR(32) NOT NULL,
    brand_id        VARCHAR(32) NOT NULL,
    current_version INT         NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_promise_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX idx_promise_brand_id_created_at_id ON promise (brand_id, created_at, id);

-- Every version ever created; revision guards conditional updates (ETag / If-Match).
CREATE TABLE promise_version (
    id             VARCHAR(32)   NOT NULL,
    promise_id     VARCHAR(32)   NOT NULL,
    brand_id       VARCHAR(32)   NOT NULL,
    version        INT           NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    statement      VARCHAR(2000) NOT NULL,
    priority       INT           NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    effective_from DATETIME(6)   NULL,
    effective_to   DATETIME(6)   NULL,
    revision       BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_promise_version_promise FOREIGN KEY (promise_id) REFERENCES promise (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX idx_promise_version_promise_id_version ON promise_version (promise_id, version);
CREATE INDEX idx_promise_version_brand_id_effective_from ON promise_version (brand_id, effective_from);

CREATE TABLE promise_touchpoint_type (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    version_id      VARCHAR(32) NOT NULL,
    position        INT         NOT NULL,
    touchpoint_type VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_promise_touchpoint_type_version FOREIGN KEY (version_id) REFERENCES promise_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX idx_promise_touchpoint_type_version_id_touchpoint_type ON promise_touchpoint_type (version_id, touchpoint_type);

-- Commitments are child rows rather than a JSON column so "is this metric used?" and the
-- touchpoint filter are plain indexed SQL on every supported database.
CREATE TABLE commitment (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    version_id     VARCHAR(32) NOT NULL,
    position       INT         NOT NULL,
    commitment_key VARCHAR(64) NOT NULL,
    metric         VARCHAR(64) NOT NULL,
    op             VARCHAR(2)  NOT NULL,
    threshold      DOUBLE      NOT NULL,
    objective      DOUBLE      NOT NULL,
    window_type    VARCHAR(16) NOT NULL,
    window_days    INT         NULL,
    weight         DOUBLE      NOT NULL,
    min_sample     INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_commitment_version FOREIGN KEY (version_id) REFERENCES promise_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE UNIQUE INDEX idx_commitment_version_id_commitment_key ON commitment (version_id, commitment_key);
CREATE INDEX idx_commitment_metric ON commitment (metric);
