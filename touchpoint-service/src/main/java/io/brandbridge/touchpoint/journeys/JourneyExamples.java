package io.brandbridge.touchpoint.journeys;

/** Example documents of the journey operations, for the OpenAPI description. */
final class JourneyExamples {

    static final String MAX_COUNT = "9223372036854775807";

    static final String HANDOFFS_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7","tp_b7c2d4f6g8h0j2k4m6n8"],\
            "from":"2026-10-01T00:00:00Z","to":"2026-11-01T00:00:00Z"}""";
    static final String HANDOFFS = """
            {"journeys":1840,"oneContactJourneys":1210,"oneContactFollowedUp":95,"handoffs":[\
            {"fromTouchpointId":"tp_b7c2d4f6g8h0j2k4m6n8","toTouchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","count":88,"followedUp":21,"medianGapMinutes":1440.5},\
            {"fromTouchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","toTouchpointId":"tp_b7c2d4f6g8h0j2k4m6n8","count":312,"followedUp":40,"medianGapMinutes":35.0}]}""";
    static final String JOURNEY = """
            {"brandId":"brd_3k9m2x7q1v5t8w0y4z6b","journeyId":"jrn-7f3a","contacts":[\
            {"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","externalId":"call-000042","occurredAt":"2026-11-01T09:30:00Z","handedOff":true,"followedUp":true},\
            {"touchpointId":"tp_b7c2d4f6g8h0j2k4m6n8","externalId":"chat-000917","occurredAt":"2026-11-01T10:05:00Z","handedOff":false,"followedUp":false}],\
            "contactCount":2,"handoffs":1,"touchpoints":2,"hours":0.5833333333333334}""";
    static final String LOOKUP_REQUEST = "{\"customerRef\":\"cust-93b1\"}";
    static final String LOOKUP = "{\"journeys\":[" + JOURNEY + "]}";

    private JourneyExamples() {
    }
}
