package io.brandbridge.touchpoint.support;

/** Example problem documents for the OpenAPI description. */
public final class ProblemExamples {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String BAD_REQUEST = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,"detail":"/name must not be blank","instance":"/api/v1/touchpoints","requestId":"4f1c2a","errors":[{"pointer":"/name","message":"must not be blank"}]}""";
    public static final String NOT_FOUND = """
            {"type":"https://brandbridge.io/problems/not-found","title":"Not Found","status":404,"detail":"Touchpoint 'tp_k3v9x0q2m8r4t6w1y5z7' does not exist","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7","requestId":"4f1c2a"}""";
    public static final String CONFLICT = """
            {"type":"https://brandbridge.io/problems/conflict","title":"Conflict","status":409,"detail":"Touchpoint 'tp_k3v9x0q2m8r4t6w1y5z7' has interactions and cannot be deleted","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7","requestId":"4f1c2a"}""";
    public static final String INVALID = """
            {"type":"https://brandbridge.io/problems/validation","title":"Unprocessable Entity","status":422,"detail":"/timeZone: is not a known IANA time zone","instance":"/api/v1/touchpoints","requestId":"4f1c2a","errors":[{"pointer":"/timeZone","message":"is not a known IANA time zone"}]}""";
    public static final String TOO_LARGE = """
            {"type":"https://brandbridge.io/problems/payload-too-large","title":"Request Entity Too Large","status":413,"detail":"A request may carry at most 100000 records; split the batch (replaying records is safe)","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7/interactions","requestId":"4f1c2a"}""";
    public static final String UNSUPPORTED = """
            {"type":"https://brandbridge.io/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,"detail":"This content type is not accepted here","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7/interactions","requestId":"4f1c2a"}""";
    public static final String RANGE = """
            {"type":"https://brandbridge.io/problems/validation","title":"Unprocessable Entity","status":422,"detail":"/to: must be after from","instance":"/api/v1/stats/attainment","requestId":"4f1c2a","errors":[{"pointer":"/to","message":"must be after from"}]}""";
    public static final String UNAUTHORIZED = """
            {"type":"https://brandbridge.io/problems/unauthorized","title":"Unauthorized","status":401,"detail":"Call this service through the gateway: a valid internal token is required","instance":"/api/v1/touchpoints","requestId":"4f1c2a"}""";

    private ProblemExamples() {
    }
}
