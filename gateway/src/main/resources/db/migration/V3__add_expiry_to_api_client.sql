-- A client may be given a lifetime: after expires_at its key is refused like a revoked one.
ALTER TABLE api_client ADD COLUMN expires_at DATETIME(6) NULL;
