package io.brandbridge.touchpoint.touchpoints;

/** Example documents of the touchpoint operations, for the OpenAPI description. */
final class TouchpointExamples {

    static final String REQUEST = """
            {"type":"CALL_CENTRE","name":"Leeds contact centre","owner":"Customer Operations","region":"UK-North",\
            "vendor":"Acme BPO","timeZone":"Europe/London"}""";
    static final String TOUCHPOINT = """
            {"id":"tp_k3v9x0q2m8r4t6w1y5z7","brandId":"brd_k3v9x7q2m4c8d1f5g6h0","type":"CALL_CENTRE",\
            "name":"Leeds contact centre","owner":"Customer Operations","region":"UK-North","vendor":"Acme BPO",\
            "timeZone":"Europe/London","createdAt":"2026-11-01T09:30:00Z"}""";
    static final String PAGE = """
            {"items":[{"id":"tp_k3v9x0q2m8r4t6w1y5z7","brandId":"brd_k3v9x7q2m4c8d1f5g6h0","type":"CALL_CENTRE",\
            "name":"Leeds contact centre","owner":"Customer Operations","region":"UK-North","vendor":"Acme BPO",\
            "timeZone":"Europe/London","createdAt":"2026-11-01T09:30:00Z"}],"nextCursor":"MQ"}""";

    private TouchpointExamples() {
    }
}
