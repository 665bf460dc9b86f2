-- API keys may expire on their own, and a revocation keeps the operator's reason. Existing keys never expire.
ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
ALTER TABLE api_keys ADD COLUMN revoke_reason TEXT;
