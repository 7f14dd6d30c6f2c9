package io.brandbridge.alignment.brands;

/** Example answers shown in the OpenAPI document, all of one snapshot of one call-centre brand; none holds a null, which the generator would drop. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String BRAND = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "timeZone":"Europe/London","index":91.3,"gapCount":2,"conflictCount":1,
             "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":89.6,"status":"BROKEN"},
                         {"promiseId":"prm_2b4d6f8h0j1k3m5n7p9q","version":1,"title":"Answered within a minute","priority":3,"score":100.0,"status":"KEPT"}]}""";

    static final String RECOMPUTE = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "timeZone":"Europe/London","index":91.3,"gapCount":2,"conflictCount":1,
             "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":89.6,"status":"BROKEN"}],
             "dependencyCalls":14,"durationMillis":412}""";

    static final String ACCEPTED = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","status":"RUNNING",
             "location":"/api/v1/alignment/brands/brd_k3v9x2m8q4w7z5t1r6y0?asOf=2026-11-01T09%3A00%3A00Z"}""";

    static final String PROMISE = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "promiseId":"prm_2b4d6f8h0j1k3m5n7p9q","version":1,"title":"Answered within a minute","priority":3,"touchpointTypes":["CALL_CENTRE"],
             "score":100.0,"status":"KEPT",
             "commitments":[{"key":"answered_in_60s","metric":"wait_seconds","op":"LE","threshold":60.0,"objective":0.8,"weight":1.0,"minSample":30,
               "windowType":"ROLLING_DAYS","windowDays":28,"from":"2026-10-04T09:00:00Z","to":"2026-11-01T09:00:00Z",
               "valid":1000,"good":870,"attainment":0.87,"allowedBad":200.0,"budgetRemaining":0.35,"brokenPromises":130,"excessBroken":0.0,
               "score":100.0,"burnRate":0.65,"burnAlert":"NONE","status":"KEPT",
               "consistency":{"touchpointsCompared":2,"spread":0.04,"flagged":false,
                 "bestTouchpointId":"tpt_7j9k1m3n5p7q9r1s3t5v","worstTouchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s"},
               "touchpoints":[{"touchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s","name":"Leeds call centre","type":"CALL_CENTRE","valid":600,"good":510,
                               "attainment":0.85,"allowedBad":120.0,"budgetRemaining":0.25,"brokenPromises":90,"excessBroken":0.0,
                               "score":100.0,"status":"KEPT"},
                              {"touchpointId":"tpt_7j9k1m3n5p7q9r1s3t5v","name":"Cardiff call centre","type":"CALL_CENTRE","valid":400,"good":360,
                               "attainment":0.9,"allowedBad":80.0,"budgetRemaining":0.5,"brokenPromises":40,"excessBroken":0.0,
                               "score":100.0,"status":"KEPT"}]}]}""";

    static final String GAPS = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "items":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","promiseTitle":"Sorted first time","commitmentKey":"fcr","metric":"resolved_first_contact",
               "op":"EQ","threshold":1.0,"objective":0.8,"touchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s","touchpointName":"Leeds call centre",
               "touchpointType":"CALL_CENTRE","valid":600,"good":373,"attainment":0.6217,"allowedBad":120.0,"brokenPromises":227,"excessBroken":107.0,
               "sentence":"At Leeds call centre, 227 customers were let down on “Sorted first time” (fcr), 107.0 beyond the error budget of 120.0: 62.2% kept against an objective of 80%"}],
             "nextCursor":"c25wX2szdjl4Mm04cTR3N3o1dDFyNnkwOjE"}""";

    static final String CONFLICTS = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "items":[{"touchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s","touchpointName":"Leeds call centre","touchpointType":"CALL_CENTRE",
               "target":{"id":"tgt_1a3c5e7g9j1k3m5n7p9q","metric":"handle_seconds","op":"LE","threshold":180.0,"kind":"COST"},
               "commitment":{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","promiseTitle":"Sorted first time","key":"fcr","metric":"resolved_first_contact","op":"EQ","threshold":1.0,"minSample":30},
               "from":"2026-10-04T09:00:00Z","to":"2026-11-01T09:00:00Z",
               "table":{"metKept":348,"metBroken":252,"missedKept":332,"missedBroken":68},"met":600,"missed":400,
               "p1":0.58,"p0":0.83,"z":-8.2,
               "sentence":"calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%"}]}""";

    static final String HISTORY = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","from":"2026-10-30T00:00:00Z","to":"2026-11-01T00:00:00Z",
             "asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,
             "items":[{"day":"2026-10-30","asOf":"2026-10-30T23:55:00Z","computedAt":"2026-10-30T23:55:03Z","stale":false,"outOfDate":false,"revised":false,"index":90.1,
                       "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":88.4,"status":"BROKEN"}]},
                      {"day":"2026-10-31","asOf":"2026-10-31T23:59:59Z","computedAt":"2026-11-01T08:05:11Z","stale":false,"outOfDate":false,"revised":true,"index":91.0,
                       "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":89.4,"status":"BROKEN"}]}]}""";

    static final String HANDOFFS = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,"matrix":"KEPT",
             "window":{"from":"2026-10-02T09:00:00Z","to":"2026-11-01T09:00:00Z"},"journeys":5200,"oneContactJourneys":3100,"oneContactRepeatRate":0.12,
             "handoffs":[{"fromTouchpointId":"tpt_3e5g7j9k1m3n5p7q9r1s","fromTouchpointName":"Help centre",
                          "toTouchpointId":"tpt_9k1m3n5p7q9r1s3t5v7w","toTouchpointName":"Manila contact centre",
                          "count":800,"followedUp":328,"repeatRate":0.41,"medianGapMinutes":95.5,"customersLetDown":232,
                          "sentence":"customers passed from Help centre to Manila contact centre came back within 7 days 41% of the time, against 12% for journeys settled in one contact"},
                         {"fromTouchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s","fromTouchpointName":"Leeds call centre",
                          "toTouchpointId":"tpt_7j9k1m3n5p7q9r1s3t5v","toTouchpointName":"Cardiff call centre",
                          "count":150,"followedUp":30,"repeatRate":0.2,"medianGapMinutes":12.0,"customersLetDown":12,
                          "sentence":"customers passed from Leeds call centre to Cardiff call centre came back within 7 days 20% of the time, against 12% for journeys settled in one contact"}]}""";

    static final String HANDOFFS_UNANSWERED = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02Z","stale":false,"matrix":"UNANSWERED",
             "window":{"from":"2026-10-02T09:00:00Z","to":"2026-11-01T09:00:00Z"},"journeys":0,"oneContactJourneys":0,"oneContactRepeatRate":0.0,"handoffs":[]}""";
}
