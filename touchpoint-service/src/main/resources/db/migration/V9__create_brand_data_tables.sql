-- A brand's data handling: how its journeys are cut, how long raw interactions are kept, whether attributes are screened.
-- A brand without a row has the defaults (7-day repeat window, kept until a retention is set, guard on).
CREATE TABLE brand_data_policy (
    brand_id                   VARCHAR(64) NOT NULL,
    repeat_window_days         INT         NOT NULL,
    interaction_retention_days INT         NULL,
    pii_guard                  BOOLEAN     NOT NULL,
    updated_at                 DATETIME(6) NOT NULL,
    PRIMARY KEY (brand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The keys of the customerRef pseudonyms (HMAC-SHA256). Older versions stay, so lookups, erasure and
-- re-keying on the next contact still find customers stored under them.
CREATE TABLE brand_pseudonym_key (
    brand_id   VARCHAR(64)   NOT NULL,
    version    INT           NOT NULL,
    secret     VARBINARY(32) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (brand_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
