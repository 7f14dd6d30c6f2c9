package io.brandbridge.touchpoint.privacy;

/** OpenAPI examples of erasure. */
final class ErasureExamples {

    static final String REQUEST = "{\"customerRef\":\"cust-93b1\"}";
    static final String ERASURE = "{\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\",\"interactionsAffected\":14,"
            + "\"erasedAt\":\"2026-11-04T10:12:31.204518Z\",\"auditId\":\"era_7m2k9p4q1r8s3t6v0w5x\"}";
    static final String PAGE = "{\"items\":[{\"id\":\"era_7m2k9p4q1r8s3t6v0w5x\",\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\","
            + "\"requestedBy\":\"privacy-desk\",\"interactionsAffected\":14,\"erasedAt\":\"2026-11-04T10:12:31.204518Z\"}],\"nextCursor\":\"MTI\"}";

    private ErasureExamples() {
    }
}
