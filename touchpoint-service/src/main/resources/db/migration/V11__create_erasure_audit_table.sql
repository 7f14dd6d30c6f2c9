-- One row per erasure request: who asked, when, how many interactions lost the customer's link. Never the
-- erased value or its pseudonym, so the audit itself holds nothing that identifies the customer.
-- seq orders the brand's list newest first and is its cursor.
CREATE TABLE erasure_audit (
    id                    VARCHAR(32)  NOT NULL,
    seq                   BIGINT       NOT NULL AUTO_INCREMENT,
    brand_id              VARCHAR(64)  NOT NULL,
    requested_by          VARCHAR(200) NOT NULL,
    interactions_affected BIGINT       NOT NULL,
    erased_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY idx_erasure_audit_seq (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX idx_erasure_audit_brand_id_seq ON erasure_audit (brand_id, seq);
