package io.brandbridge.promise.metrics;

/** Request and response examples for the OpenAPI document. */
final class MetricExamples {

    static final String REQUEST = """
            {"key":"callback_kept","unit":"bool","kind":"BOOLEAN","description":"A promised call-back happened in its slot"}""";
    static final String CUSTOM = """
            {"key":"callback_kept","unit":"bool","kind":"BOOLEAN","description":"A promised call-back happened in its slot",\
            "standard":false,"brandId":"brd_k3v9x7q2m4c8d1f5g6h0"}""";
    static final String PAGE = """
            {"items":[{"key":"answered","unit":"bool","kind":"BOOLEAN","description":"Reached a person (false = abandoned)",\
            "standard":true,"brandId":null},{"key":"wait_seconds","unit":"s","kind":"NUMBER",\
            "description":"Time queued before a person answered (ASA, service level)","standard":true,"brandId":null},\
            {"key":"callback_kept","unit":"bool","kind":"BOOLEAN","description":"A promised call-back happened in its slot",\
            "standard":false,"brandId":"brd_k3v9x7q2m4c8d1f5g6h0"}],"nextCursor":"MXxjYWxsYmFja19rZXB0"}""";

    private MetricExamples() {
    }
}
