package io.brandbridge.gateway.apiclients;

/** Example bodies of the admin API's client operations, for the OpenAPI document. */
final class ApiClientExamples {

    static final String CLIENT = """
            {"id":"cli_m4n6p8q0r2s4t6v8w0x2","name":"acme-dashboard","roles":["MARKETING","VIEWER"],\
            "brands":["brd_a3c5e7g9h1j3k5m7n9p1"],"allBrands":false,"rateLimit":{"requestsPerSecond":50.0,"burst":100},\
            "createdAt":"2026-11-01T09:30:00Z","expiresAt":"2027-06-30T00:00:00Z"}""";
    static final String CREATED = """
            {"id":"cli_m4n6p8q0r2s4t6v8w0x2","name":"acme-dashboard","roles":["MARKETING","VIEWER"],\
            "brands":["brd_a3c5e7g9h1j3k5m7n9p1"],"allBrands":false,"rateLimit":{"requestsPerSecond":50.0,"burst":100},\
            "createdAt":"2026-11-01T09:30:00Z","expiresAt":"2027-06-30T00:00:00Z",\
            "key":"bb_9xQhV2c6mW0bq3lK1r8tYpZ4uN7eD5fA0sG2hJ6kL8o"}""";
    static final String CREATE_REQUEST = """
            {"name":"acme-dashboard","roles":["MARKETING","VIEWER"],"brands":["brd_a3c5e7g9h1j3k5m7n9p1"],\
            "rateLimit":{"requestsPerSecond":50.0,"burst":100},"expiresAt":"2027-06-30T00:00:00Z"}""";
    static final String CHANGE_ACCESS_REQUEST = """
            {"roles":["OPERATIONS"],"allBrands":true}""";

    private ApiClientExamples() {
    }
}
