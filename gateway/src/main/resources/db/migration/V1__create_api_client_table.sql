-- API clients of the gateway. Only the SHA-256 (hex) of each key is stored; revoked clients stay for audit.
CREATE TABLE api_client (
    id              VARCHAR(32)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    brands          TEXT         NOT NULL,
    all_brands      BOOLEAN      NOT NULL,
    key_hash        CHAR(64)     NOT NULL,
    rate_per_second DOUBLE       NULL,
    rate_burst      INT          NULL,
    created_at      DATETIME(6)  NOT NULL,
    revoked_at      DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX idx_api_client_key_hash ON api_client (key_hash);
