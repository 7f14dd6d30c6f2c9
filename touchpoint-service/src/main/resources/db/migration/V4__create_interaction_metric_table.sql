-- Metric keys are numbered per touchpoint; the number is assigned under the touchpoint's ingest lock.
CREATE TABLE touchpoint_metric (
    touchpoint_seq INT         NOT NULL,
    metric_key     VARCHAR(64) NOT NULL,
    metric_id      INT         NOT NULL,
    PRIMARY KEY (touchpoint_seq, metric_key),
    UNIQUE KEY idx_touchpoint_metric_touchpoint_seq_metric_id (touchpoint_seq, metric_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One narrow row per metric value: every stats count is a range scan of this primary key,
-- and the contingency join finds the second metric by a primary-key lookup on the same interaction.
CREATE TABLE interaction_metric (
    touchpoint_seq INT         NOT NULL,
    metric_id      INT         NOT NULL,
    occurred_at    DATETIME(6) NOT NULL,
    interaction_id BIGINT      NOT NULL,
    metric_value   DOUBLE      NOT NULL,
    PRIMARY KEY (touchpoint_seq, metric_id, occurred_at, interaction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
