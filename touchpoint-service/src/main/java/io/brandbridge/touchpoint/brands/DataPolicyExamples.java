package io.brandbridge.touchpoint.brands;

/** OpenAPI examples of the data policy. */
final class DataPolicyExamples {

    static final String REQUEST = "{\"repeatWindowDays\":7,\"interactionRetentionDays\":400,\"piiGuard\":true}";
    static final String POLICY = "{\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\",\"repeatWindowDays\":7,\"interactionRetentionDays\":400,"
            + "\"piiGuard\":true,\"updatedAt\":\"2026-03-02T09:15:00Z\"}";

    private DataPolicyExamples() {
    }
}
