package io.brandbridge.promise.brands;

/** Request and response examples for the OpenAPI document. */
final class BrandExamples {

    static final String REQUEST = """
            {"name":"Acme Telecom","slug":"acme-telecom","timeZone":"Europe/London"}""";
    static final String BRAND = """
            {"id":"brd_k3v9x7q2m4c8d1f5g6h0","name":"Acme Telecom","slug":"acme-telecom",\
            "timeZone":"Europe/London","createdAt":"2026-03-02T09:15:00Z"}""";
    static final String PAGE = """
            {"items":[{"id":"brd_k3v9x7q2m4c8d1f5g6h0","name":"Acme Telecom","slug":"acme-telecom",\
            "timeZone":"Europe/London","createdAt":"2026-03-02T09:15:00Z"}],"nextCursor":"MjAyNi0wMy0wMlQwOToxNTowMFp8YnJkX2szdjl4"}""";

    private BrandExamples() {
    }
}
