package io.brandbridge.gateway.audit;

/** The sensitive flows of the admin API that leave an audit event. */
public enum AuditAction {
    CLIENT_CREATED,
    CLIENT_REVOKED,
    CLIENT_ACCESS_CHANGED
}
