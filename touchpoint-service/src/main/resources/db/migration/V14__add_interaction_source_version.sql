-- The source's version of a record (a number, or a timestamp as microseconds since 1970): a push with a greater one replaces it.
ALTER TABLE interaction ADD COLUMN source_version BIGINT NULL;
