-- One row per interaction with a journeyId or a customer (the stored pseudonym), with what the platform derived for it:
-- followed_up (repeat_contact_7d), handed_off and, on a journey's first contact, its counts; next_* describe the next
-- contact of its journey (touchpoint, whole minutes to it, whether it was followed up) for the handoff matrix.
CREATE TABLE journey_contact (
    touchpoint_seq       INT            NOT NULL,
    interaction_id       BIGINT         NOT NULL,
    brand_id             VARCHAR(64)    NOT NULL,
    occurred_at          DATETIME(6)    NOT NULL,
    external_id          VARBINARY(512) NOT NULL,
    journey_id           VARCHAR(128)   NULL,
    customer             VARCHAR(128)   NULL,
    followed_up          TINYINT        NULL,
    handed_off           TINYINT        NULL,
    journey_contacts     INT            NULL,
    journey_handoffs     INT            NULL,
    journey_touchpoints  INT            NULL,
    journey_hours        DOUBLE         NULL,
    next_touchpoint_seq  INT            NULL,
    next_gap_minutes     BIGINT         NULL,
    next_followed_up     TINYINT        NULL,
    PRIMARY KEY (touchpoint_seq, interaction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_journey_contact_brand_id_customer ON journey_contact (brand_id, customer);
CREATE INDEX idx_journey_contact_brand_id_journey_id ON journey_contact (brand_id, journey_id);
-- Covers the handoff matrix: one range scan per touchpoint that never reads the rows.
CREATE INDEX idx_journey_contact_touchpoint_seq_occurred_at ON journey_contact
    (touchpoint_seq, occurred_at, next_touchpoint_seq, next_gap_minutes, next_followed_up, journey_contacts, followed_up);

-- Derivation spans a brand's touchpoints: a push locks its touchpoint's row, then this brand row (always in that order).
CREATE TABLE journey_brand_lock (
    brand_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (brand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Derived metrics have fixed negative ids at every touchpoint (metrics.DerivedMetrics); values pushed before under a
-- numbered id move to the fixed one, so a key has one id everywhere.
UPDATE interaction_metric SET metric_id = -1 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'repeat_contact_7d');
UPDATE interaction_metric SET metric_id = -2 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'handed_off');
UPDATE interaction_metric SET metric_id = -3 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'journey_contacts');
UPDATE interaction_metric SET metric_id = -4 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'journey_handoffs');
UPDATE interaction_metric SET metric_id = -5 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'journey_touchpoints');
UPDATE interaction_metric SET metric_id = -6 WHERE (touchpoint_seq, metric_id) IN
    (SELECT touchpoint_seq, metric_id FROM touchpoint_metric WHERE metric_key = 'journey_hours');
UPDATE touchpoint_metric SET metric_id = -1 WHERE metric_key = 'repeat_contact_7d';
UPDATE touchpoint_metric SET metric_id = -2 WHERE metric_key = 'handed_off';
UPDATE touchpoint_metric SET metric_id = -3 WHERE metric_key = 'journey_contacts';
UPDATE touchpoint_metric SET metric_id = -4 WHERE metric_key = 'journey_handoffs';
UPDATE touchpoint_metric SET metric_id = -5 WHERE metric_key = 'journey_touchpoints';
UPDATE touchpoint_metric SET metric_id = -6 WHERE metric_key = 'journey_hours';
