-- Sensitive changes made through the admin API: who did what to which client, from where. Never a key.
CREATE TABLE audit_event (
    seq            BIGINT       NOT NULL AUTO_INCREMENT,
    id             VARCHAR(32)  NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    action         VARCHAR(32)  NOT NULL,
    actor_id       VARCHAR(32)  NOT NULL,
    actor_name     VARCHAR(100) NOT NULL,
    client_id      VARCHAR(32)  NOT NULL,
    client_name    VARCHAR(100) NOT NULL,
    source_address VARCHAR(64)  NOT NULL,
    request_id     VARCHAR(128) NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX idx_audit_event_id ON audit_event (id);
CREATE INDEX idx_audit_event_client_id ON audit_event (client_id);
