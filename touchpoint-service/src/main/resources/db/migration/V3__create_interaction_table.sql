-- Clustered by touchpoint and time, so the audit listing is a primary-key range scan.
-- external_id is VARBINARY so ids compare byte for byte (no case folding or trailing-space padding).
CREATE TABLE interaction (
    touchpoint_seq INT           NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    id             BIGINT        NOT NULL,
    external_id    VARBINARY(512) NOT NULL,
    journey_id     VARCHAR(128)  NULL,
    customer_ref   VARCHAR(128)  NULL,
    metrics        TEXT          NOT NULL,
    attributes     TEXT          NULL,
    received_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (touchpoint_seq, occurred_at, id),
    UNIQUE KEY idx_interaction_touchpoint_seq_external_id (touchpoint_seq, external_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
