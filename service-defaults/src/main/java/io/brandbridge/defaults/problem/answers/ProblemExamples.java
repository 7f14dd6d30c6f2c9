package io.brandbridge.defaults.problem.answers;

/** One example problem document per status, for the answers every service declares. */
public final class ProblemExamples {

    static final String BAD_REQUEST = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,\
            "detail":"/name must not be blank","instance":"/api/v1/touchpoints","requestId":"9f1c2e7a4b",\
            "errors":[{"pointer":"/name","message":"must not be blank"}]}""";
    static final String UNAUTHORIZED = """
            {"type":"https://brandbridge.io/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"A valid API key is required: send Authorization: Bearer <key>","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";
    static final String NOT_FOUND = """
            {"type":"https://brandbridge.io/problems/not-found","title":"Not Found","status":404,\
            "detail":"Touchpoint 'tp_k3v9x0q2m8r4t6w1y5z7' does not exist","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7",\
            "requestId":"9f1c2e7a4b"}""";
    static final String NOT_ACCEPTABLE = """
            {"type":"https://brandbridge.io/problems/not-acceptable","title":"Not Acceptable","status":406,\
            "detail":"This operation answers application/json; the Accept header allows none of it","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";
    static final String CONFLICT = """
            {"type":"https://brandbridge.io/problems/conflict","title":"Conflict","status":409,\
            "detail":"A brand with slug 'acme' already exists","instance":"/api/v1/brands","requestId":"9f1c2e7a4b"}""";
    static final String PRECONDITION_FAILED = """
            {"type":"https://brandbridge.io/problems/precondition-failed","title":"Precondition Failed","status":412,\
            "detail":"The resource changed since the ETag in If-Match was issued; read it again and reapply the change",\
            "instance":"/api/v1/promises/prm_8d2k4m6n8p0q2r4s6t8v","requestId":"9f1c2e7a4b"}""";
    static final String TOO_LARGE = """
            {"type":"https://brandbridge.io/problems/payload-too-large","title":"Request Entity Too Large","status":413,\
            "detail":"The body is larger than this operation accepts","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7/interactions",\
            "requestId":"9f1c2e7a4b"}""";
    static final String UNSUPPORTED = """
            {"type":"https://brandbridge.io/problems/unsupported-media-type","title":"Unsupported Media Type","status":415,\
            "detail":"This content type is not accepted here","instance":"/api/v1/brands","requestId":"9f1c2e7a4b"}""";
    static final String UNPROCESSABLE = """
            {"type":"https://brandbridge.io/problems/validation","title":"Unprocessable Entity","status":422,\
            "detail":"/timeZone: is not a known IANA time zone","instance":"/api/v1/touchpoints","requestId":"9f1c2e7a4b",\
            "errors":[{"pointer":"/timeZone","message":"is not a known IANA time zone"}]}""";
    static final String PRECONDITION_REQUIRED = """
            {"type":"https://brandbridge.io/problems/precondition-required","title":"Precondition Required","status":428,\
            "detail":"Send If-Match with the ETag of the state this change is based on","instance":"/api/v1/promises/prm_8d2k4m6n8p0q2r4s6t8v",\
            "requestId":"9f1c2e7a4b"}""";
    static final String INTERNAL = """
            {"type":"https://brandbridge.io/problems/server-error","title":"Internal Server Error","status":500,\
            "detail":"Something went wrong on our side; quote the request id when you report it","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";
    static final String UNAVAILABLE = """
            {"type":"https://brandbridge.io/problems/unavailable","title":"Service Unavailable","status":503,\
            "detail":"promise-service is unavailable; retry after the Retry-After delay","instance":"/api/v1/brands",\
            "requestId":"9f1c2e7a4b"}""";

    private ProblemExamples() {
    }
}
