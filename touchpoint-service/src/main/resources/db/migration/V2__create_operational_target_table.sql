CREATE TABLE operational_target (
    id            VARCHAR(32)   NOT NULL,
    touchpoint_id VARCHAR(32)   NOT NULL,
    metric        VARCHAR(64)   NOT NULL,
    op            VARCHAR(2)    NOT NULL,
    threshold     DOUBLE        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    rationale     VARCHAR(2000) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_operational_target_touchpoint FOREIGN KEY (touchpoint_id) REFERENCES touchpoint (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_operational_target_touchpoint_id_created_at_id ON operational_target (touchpoint_id, created_at, id);
