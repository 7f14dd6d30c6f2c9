-- Standing predicates alignment-service registered: conditions is the canonical text of the kind's conditions
-- (ATTAINMENT "metric op threshold", PAIR "a;b"), so a predicate is found again by its content.
-- seq is the compact key the counter tables store.
CREATE TABLE stats_predicate (
    id           VARCHAR(32)  NOT NULL,
    seq          INT          NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(16)  NOT NULL,
    conditions   VARCHAR(300) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY idx_stats_predicate_seq (seq),
    UNIQUE KEY idx_stats_predicate_kind_conditions (kind, conditions)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_stats_predicate_last_used_at ON stats_predicate (last_used_at);

-- A predicate counted at a touchpoint. Pushes count every interaction with id >= backfill_below (registration reads
-- the touchpoint's last id under its ingest lock); the backfill counts those below it, walking the first metric's
-- rows in (occurred_at, interaction_id) order from the checkpoint (backfill_at, backfill_id) it commits with each chunk.
CREATE TABLE stats_predicate_touchpoint (
    predicate_seq  INT         NOT NULL,
    touchpoint_seq INT         NOT NULL,
    state          VARCHAR(16) NOT NULL,
    backfill_below BIGINT      NOT NULL,
    backfill_at    DATETIME(6) NULL,
    backfill_id    BIGINT      NULL,
    rows_done      BIGINT      NOT NULL,
    rows_total     BIGINT      NOT NULL,
    PRIMARY KEY (predicate_seq, touchpoint_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_stats_predicate_touchpoint_touchpoint_seq ON stats_predicate_touchpoint (touchpoint_seq);
CREATE INDEX idx_stats_predicate_touchpoint_state ON stats_predicate_touchpoint (state);

-- Per attainment predicate, touchpoint and UTC hour: interactions carrying the metric (valid) and those meeting it (good).
CREATE TABLE stats_counter_hour (
    predicate_seq  INT      NOT NULL,
    touchpoint_seq INT      NOT NULL,
    hour_start     DATETIME NOT NULL,
    valid          BIGINT   NOT NULL,
    good           BIGINT   NOT NULL,
    PRIMARY KEY (predicate_seq, touchpoint_seq, hour_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Per pair predicate, touchpoint and UTC hour: the 2x2 table over interactions carrying both metrics.
CREATE TABLE stats_pair_hour (
    predicate_seq  INT      NOT NULL,
    touchpoint_seq INT      NOT NULL,
    hour_start     DATETIME NOT NULL,
    both_met       BIGINT   NOT NULL,
    a_only         BIGINT   NOT NULL,
    b_only         BIGINT   NOT NULL,
    neither        BIGINT   NOT NULL,
    PRIMARY KEY (predicate_seq, touchpoint_seq, hour_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
