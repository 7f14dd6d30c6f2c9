-- One row per push that answered a report, all of its records rejected included: the touchpoint's ingest health.
-- Whole-second times; rows go after 30 days. No foreign key, like the other tables every push writes: a key check
-- would wait on the touchpoint row another push holds. Deleting a touchpoint deletes its rows.
CREATE TABLE ingest_push (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    touchpoint_seq INT         NOT NULL,
    received_at    DATETIME(6) NOT NULL,
    received       INT         NOT NULL,
    accepted       INT         NOT NULL,
    updated        INT         NOT NULL,
    duplicates     INT         NOT NULL,
    rejected       INT         NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A touchpoint's pushes since a time, and its latest push (the last entry of its range).
CREATE INDEX idx_ingest_push_touchpoint_seq_received_at ON ingest_push (touchpoint_seq, received_at);
-- The retention's range.
CREATE INDEX idx_ingest_push_received_at ON ingest_push (received_at);
