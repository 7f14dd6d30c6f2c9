-- One row per touchpoint and UTC hour holding stored interactions; changed_at is when a push last stored one there.
-- POST /stats/changes reads it, so alignment-service learns which days late data changed without rescanning them.
CREATE TABLE interaction_change_hour (
    touchpoint_seq INT         NOT NULL,
    hour_start     DATETIME    NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (touchpoint_seq, hour_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_interaction_change_hour_touchpoint_seq_changed_at ON interaction_change_hour (touchpoint_seq, changed_at);

-- Interactions stored before this table existed count as changed when they were received. The hour is cut
-- from the text (yyyy-MM-dd HH): TIMESTAMPADD of millions of hours overflows on H2, and TIMESTAMPDIFF
-- truncates towards zero before its origin on MySQL.
INSERT INTO interaction_change_hour (touchpoint_seq, hour_start, changed_at)
SELECT touchpoint_seq, CAST(CONCAT(h, ':00:00') AS DATETIME), MAX(received_at)
FROM (SELECT touchpoint_seq, LEFT(CAST(occurred_at AS CHAR(26)), 13) AS h, received_at FROM interaction) hours
GROUP BY touchpoint_seq, h;
