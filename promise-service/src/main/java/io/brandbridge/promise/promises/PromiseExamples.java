package io.brandbridge.promise.promises;

/** Request and response examples for the OpenAPI document. */
final class PromiseExamples {

    static final String REQUEST = """
            {"title":"Your call answered within a minute",\
            "statement":"When you call us, a person answers within 60 seconds.",\
            "touchpointTypes":["CALL_CENTRE"],"priority":4,\
            "commitments":[{"key":"answered_in_60s","metric":"wait_seconds","op":"LE","threshold":60,"objective":0.8,\
            "window":{"type":"ROLLING_DAYS","days":28},"weight":1,"minSample":30},\
            {"key":"not_abandoned","metric":"answered","op":"EQ","threshold":1,"objective":0.95,\
            "window":{"type":"CALENDAR_WEEK"}}]}""";
    static final String DRAFT = """
            {"id":"prm_8d2k4m6n8p0q2r4s6t8v","brandId":"brd_k3v9x7q2m4c8d1f5g6h0",\
            "title":"Your call answered within a minute",\
            "statement":"When you call us, a person answers within 60 seconds.",\
            "touchpointTypes":["CALL_CENTRE"],"priority":4,"status":"DRAFT","version":1,\
            "effectiveFrom":null,"effectiveTo":null,"createdAt":"2026-03-02T09:20:00Z",\
            "commitments":[{"key":"answered_in_60s","metric":"wait_seconds","op":"LE","threshold":60.0,"objective":0.8,\
            "window":{"type":"ROLLING_DAYS","days":28},"weight":1.0,"minSample":30},\
            {"key":"not_abandoned","metric":"answered","op":"EQ","threshold":1.0,"objective":0.95,\
            "window":{"type":"CALENDAR_WEEK"},"weight":1.0,"minSample":30}]}""";
    static final String ACTIVE = """
            {"id":"prm_8d2k4m6n8p0q2r4s6t8v","brandId":"brd_k3v9x7q2m4c8d1f5g6h0",\
            "title":"Your call answered within a minute",\
            "statement":"When you call us, a person answers within 60 seconds.",\
            "touchpointTypes":["CALL_CENTRE"],"priority":4,"status":"ACTIVE","version":2,\
            "effectiveFrom":"2026-04-01T08:00:00Z","effectiveTo":null,"createdAt":"2026-04-01T08:00:00Z",\
            "commitments":[{"key":"answered_in_60s","metric":"wait_seconds","op":"LE","threshold":60.0,"objective":0.85,\
            "window":{"type":"ROLLING_DAYS","days":28},"weight":1.0,"minSample":30}]}""";
    static final String RETIRED = """
            {"id":"prm_8d2k4m6n8p0q2r4s6t8v","brandId":"brd_k3v9x7q2m4c8d1f5g6h0",\
            "title":"Your call answered within a minute",\
            "statement":"When you call us, a person answers within 60 seconds.",\
            "touchpointTypes":["CALL_CENTRE"],"priority":4,"status":"RETIRED","version":2,\
            "effectiveFrom":"2026-04-01T08:00:00Z","effectiveTo":"2026-09-30T17:00:00Z","createdAt":"2026-04-01T08:00:00Z",\
            "commitments":[{"key":"answered_in_60s","metric":"wait_seconds","op":"LE","threshold":60.0,"objective":0.85,\
            "window":{"type":"ROLLING_DAYS","days":28},"weight":1.0,"minSample":30}]}""";
    static final String PAGE = "{\"items\":[" + ACTIVE + "],\"nextCursor\":\"MjAyNi0wNC0wMVQwODowMDowMFp8cHJtXzhkMms0bTZuOHAwcTJyNHM2dDh2\"}";
    static final String IN_FORCE = "{\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\",\"at\":\"2026-05-01T00:00:00Z\",\"items\":[" + ACTIVE + "]}";

    private PromiseExamples() {
    }
}
