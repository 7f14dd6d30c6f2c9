package io.brandbridge.touchpoint.ingest;

/** Example bodies of a push in each format, for the OpenAPI description. */
final class IngestExamples {

    /** The server's default {@code max-request-size}, 64 MB. */
    static final int MAX_BODY = 64 * 1024 * 1024;

    static final String JSON = """
            [{"externalId":"call-000042","occurredAt":"2026-11-01T09:30:00Z","journeyId":"jrn-7f3a","customerRef":"cust-93b1",\
            "metrics":{"wait_seconds":42,"answered":true,"csat":4},"attributes":{"queue":"billing"}},\
            {"externalId":"call-000043","occurredAt":"2026-11-01T09:31:10Z","metrics":{"wait_seconds":75,"answered":false}}]""";
    static final String NDJSON = """
            {"externalId":"call-000042","occurredAt":"2026-11-01T09:30:00Z","metrics":{"wait_seconds":42,"answered":true}}
            {"externalId":"call-000043","occurredAt":"2026-11-01T09:31:10Z","metrics":{"wait_seconds":75,"answered":false}}
            """;
    static final String CSV = """
            externalId,occurredAt,journeyId,customerRef,m.wait_seconds,m.answered,m.csat,a.queue
            call-000042,2026-11-01T09:30:00Z,jrn-7f3a,cust-93b1,42,true,4,billing
            call-000043,2026-11-01T09:31:10Z,,,75,false,,billing
            """;

    private IngestExamples() {
    }
}
