-- Webhook subscriptions of a brand. secret signs every delivery; previous_secret keeps signing beside it
-- until previous_secret_until after a rotation. state is ACTIVE, FAILING (the last delivery gave up; problem
-- says why) or DISABLED (by a user, or by a receiver answering 410).
CREATE TABLE webhook_subscription (
    id                    VARCHAR(32)   NOT NULL,
    brand_id              VARCHAR(64)   NOT NULL,
    url                   VARCHAR(2048) NOT NULL,
    events                VARCHAR(512)  NOT NULL,
    description           VARCHAR(500)  NULL,
    secret                VARCHAR(100)  NOT NULL,
    previous_secret       VARCHAR(100)  NULL,
    previous_secret_until DATETIME(6)   NULL,
    state                 VARCHAR(16)   NOT NULL,
    problem               VARCHAR(1000) NULL,
    version               INT           NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_webhook_subscription_brand ON webhook_subscription (brand_id, created_at);

-- The outbox: one row per event and subscription, written in the transaction that stored the snapshot
-- which caused it. seq orders a subscription's deliveries; a worker sends only the oldest pending one of
-- each subscription, so receivers see them in order. message_id is the webhook-id header, the same on
-- every attempt and redelivery. payload is dropped after the body retention (7 days).
CREATE TABLE webhook_delivery (
    seq             BIGINT       NOT NULL AUTO_INCREMENT,
    id              VARCHAR(32)  NOT NULL,
    webhook_id      VARCHAR(32)  NOT NULL,
    brand_id        VARCHAR(64)  NOT NULL,
    message_id      VARCHAR(32)  NOT NULL,
    event_id        VARCHAR(32)  NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    payload         LONGTEXT     NULL,
    created_at      DATETIME(6)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at DATETIME(6)  NULL,
    lease_until     DATETIME(6)  NULL,
    finished_at     DATETIME(6)  NULL,
    redelivery_of   VARCHAR(32)  NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uq_webhook_delivery_id (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_webhook_delivery_queue ON webhook_delivery (webhook_id, state, seq);
CREATE INDEX idx_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
CREATE INDEX idx_webhook_delivery_created ON webhook_delivery (created_at);

-- Every attempt to send a delivery, for the delivery log.
CREATE TABLE webhook_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    delivery_id  VARCHAR(32)  NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    status_code  INT          NULL,
    duration_ms  BIGINT       NOT NULL,
    error        VARCHAR(500) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
