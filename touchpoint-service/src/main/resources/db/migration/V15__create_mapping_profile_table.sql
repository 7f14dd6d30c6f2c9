-- A touchpoint's named mapping profiles for CSV and JSON exports. The definition is the profile as JSON text;
-- version counts stored changes and feeds the ETag.
CREATE TABLE mapping_profile (
    touchpoint_seq INT          NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    format         VARCHAR(8)   NOT NULL,
    definition     MEDIUMTEXT   NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (touchpoint_seq, name),
    CONSTRAINT fk_mapping_profile_touchpoint FOREIGN KEY (touchpoint_seq) REFERENCES touchpoint (seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
