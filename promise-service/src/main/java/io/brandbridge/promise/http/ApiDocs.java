package io.brandbridge.promise.http;

/** Texts and problem examples shared by the OpenAPI annotations of every controller. */
public final class ApiDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String TOLERANT = " Unknown properties in the body are ignored, and so are fields a client may not set "
            + "(`id`, `brandId`, `status`, `version`, `createdAt`, `effectiveFrom`, `effectiveTo`).";
    public static final String NO_BODY = " Unknown query parameters are ignored.";
    public static final String IGNORED_BODY = " Takes no body; one sent anyway is ignored, as are unknown query parameters.";
    public static final String LIMIT = "Page size, 1..200 (default 50)";
    public static final String CURSOR = "Opaque `nextCursor` of the previous page; absent for the first page";
    public static final String IF_MATCH_REQUIRED = "The `ETag` of the state this change is based on (required)";
    public static final String IF_MATCH_OPTIONAL = "The `ETag` of the state this action is based on (optional; a stale one answers 412)";

    public static final String BAD_REQUEST = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,\
            "detail":"/title must not be blank","instance":"/api/v1/brands/brd_k3v9x7q2m4c8d1f5g6h0/promises",\
            "requestId":"9f1c2e7a4b","errors":[{"pointer":"/title","message":"must not be blank"}]}""";
    public static final String UNAUTHORIZED = """
            {"type":"https://brandbridge.io/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"Call this service through the gateway: a valid internal token is required",\
            "instance":"/api/v1/brands","requestId":"9f1c2e7a4b"}""";
    public static final String NOT_FOUND = """
            {"type":"https://brandbridge.io/problems/not-found","title":"Not Found","status":404,\
            "detail":"Brand 'brd_k3v9x7q2m4c8d1f5g6h0' does not exist","instance":"/api/v1/brands/brd_k3v9x7q2m4c8d1f5g6h0",\
            "requestId":"9f1c2e7a4b"}""";
    public static final String CONFLICT = """
            {"type":"https://brandbridge.io/problems/conflict","title":"Conflict","status":409,\
            "detail":"A brand with slug 'acme' already exists","instance":"/api/v1/brands","requestId":"9f1c2e7a4b"}""";
    public static final String FORBIDDEN = """
            {"type":"https://brandbridge.io/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"Only a caller whose scope covers every brand may create brands","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";
    public static final String PRECONDITION_FAILED = """
            {"type":"https://brandbridge.io/problems/precondition-failed","title":"Precondition Failed","status":412,\
            "detail":"The resource changed since the ETag in If-Match was issued; read it again and reapply the change",\
            "instance":"/api/v1/promises/prm_8d2k4m6n8p0q2r4s6t8v","requestId":"9f1c2e7a4b"}""";
    public static final String PRECONDITION_REQUIRED = """
            {"type":"https://brandbridge.io/problems/precondition-required","title":"Precondition Required","status":428,\
            "detail":"This update needs an If-Match header with the ETag of the state it was based on",\
            "instance":"/api/v1/promises/prm_8d2k4m6n8p0q2r4s6t8v","requestId":"9f1c2e7a4b"}""";
    public static final String UNPROCESSABLE = """
            {"type":"https://brandbridge.io/problems/validation","title":"Unprocessable Entity","status":422,\
            "detail":"/commitments/0/metric: is not in the metric catalogue of this brand",\
            "instance":"/api/v1/brands/brd_k3v9x7q2m4c8d1f5g6h0/promises","requestId":"9f1c2e7a4b",\
            "errors":[{"pointer":"/commitments/0/metric","message":"is not in the metric catalogue of this brand"}]}""";

    private ApiDocs() {
    }
}
