-- Interactions stored by a release before pseudonymisation and journeys hold the raw customerRef and have no journey_contact
-- rows. Per touchpoint: the highest interaction id stored before this migration (later ids are pushed pseudonymised) and the
-- upgrade job's cursor, the primary key (occurred_at, id) of the last interaction it finished. The row goes when the touchpoint is done.
CREATE TABLE legacy_interaction_upgrade (
    touchpoint_seq   INT         NOT NULL,
    last_legacy_id   BIGINT      NOT NULL,
    done_occurred_at DATETIME(6) NULL,
    done_id          BIGINT      NULL,
    PRIMARY KEY (touchpoint_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO legacy_interaction_upgrade (touchpoint_seq, last_legacy_id)
SELECT seq, interaction_seq FROM touchpoint WHERE interaction_seq > 0;
