package io.brandbridge.touchpoint.stats;

/** Example documents of the stats operations, for the OpenAPI description. */
final class StatsExamples {

    /** Counts are SQL COUNTs, bounded only by a BIGINT. */
    static final String MAX_COUNT = "9223372036854775807";

    static final String ATTAINMENT_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"metric":"handle_seconds","op":"LE","threshold":180,\
            "from":"2026-10-31T00:00:00Z","to":"2026-11-01T00:00:00Z","bucket":"DAY"}""";
    static final String ATTAINMENT = """
            {"valid":1200,"good":1010,"byTouchpoint":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","valid":1200,"good":1010}],\
            "buckets":[{"start":"2026-10-31T00:00:00Z","valid":1200,"good":1010}]}""";
    static final String CONTINGENCY_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"a":{"metric":"handle_seconds","op":"LE","threshold":180},\
            "b":{"metric":"resolved_first_contact","op":"EQ","threshold":1},"from":"2026-10-04T00:00:00Z","to":"2026-11-01T00:00:00Z"}""";
    static final String CONTINGENCY = "{\"bothMet\":410,\"aOnly\":290,\"bOnly\":260,\"neither\":40}";

    static final String ATTAINMENT_BATCH_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"metric":"handle_seconds","op":"LE","threshold":180,\
            "windows":[{"from":"2026-10-31T00:00:00Z","to":"2026-11-01T00:00:00Z","bucket":"DAY"},\
            {"from":"2026-10-31T22:00:00Z","to":"2026-11-01T00:00:00Z"}]}""";
    static final String ATTAINMENT_BATCH = """
            {"windows":[{"valid":1200,"good":1010,"byTouchpoint":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","valid":1200,"good":1010}],\
            "buckets":[{"start":"2026-10-31T00:00:00Z","valid":1200,"good":1010}]},\
            {"valid":90,"good":71,"byTouchpoint":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","valid":90,"good":71}],"buckets":[]}]}""";
    static final String CONTINGENCY_BATCH_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"a":{"metric":"handle_seconds","op":"LE","threshold":180},\
            "b":{"metric":"resolved_first_contact","op":"EQ","threshold":1},\
            "windows":[{"from":"2026-10-04T00:00:00Z","to":"2026-11-01T00:00:00Z"},{"from":"2026-10-31T00:00:00Z","to":"2026-11-01T00:00:00Z"}]}""";
    static final String CONTINGENCY_BATCH = """
            {"windows":[{"bothMet":410,"aOnly":290,"bOnly":260,"neither":40},{"bothMet":15,"aOnly":9,"bOnly":8,"neither":2}]}""";

    static final String CHANGES_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"since":"2026-11-04T06:00:00Z","occurredFrom":"2026-10-01T00:00:00Z",\
            "timeZone":"Europe/London"}""";
    static final String CHANGES = """
            {"since":"2026-11-04T06:00:00Z","watermark":"2026-11-04T06:04:00Z",
             "days":[{"day":"2026-11-02","from":"2026-11-02T09:00:00Z","to":"2026-11-02T11:00:00Z","changedAt":"2026-11-04T06:01:12.402193Z"},
                     {"day":"2026-11-03","from":"2026-11-03T00:00:00Z","to":"2026-11-03T01:00:00Z","changedAt":"2026-11-04T06:02:40.118004Z"}]}""";

    private StatsExamples() {
    }
}
