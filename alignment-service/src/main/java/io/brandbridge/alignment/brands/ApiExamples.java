package io.brandbridge.alignment.brands;

/** Example bodies shown in the OpenAPI document. */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String BRAND = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02.417Z","stale":false,
             "timeZone":"Europe/London","index":91.3,"gapCount":2,"conflictCount":1,
             "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":89.6,"status":"BROKEN"},
                         {"promiseId":"prm_2b4d6f8h0j1k3m5n7p9q","version":1,"title":"Answered within a minute","priority":3,"score":100.0,"status":"KEPT"}]}""";

    static final String RECOMPUTE = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02.417Z","stale":false,
             "timeZone":"Europe/London","index":91.3,"gapCount":2,"conflictCount":1,
             "promises":[{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","version":3,"title":"Sorted first time","priority":5,"score":89.6,"status":"BROKEN"}],
             "dependencyCalls":14,"durationMillis":412}""";

    static final String CONFLICTS = """
            {"brandId":"brd_k3v9x2m8q4w7z5t1r6y0","asOf":"2026-11-01T09:00:00Z","computedAt":"2026-11-01T09:00:02.417Z","stale":false,
             "items":[{"touchpointId":"tpt_5g7h9j1k3m5n7p9q1r3s","touchpointName":"Leeds call centre","touchpointType":"CALL_CENTRE",
               "target":{"id":"tgt_1a3c5e7g9j1k3m5n7p9q","metric":"handle_seconds","op":"LE","threshold":180.0,"kind":"COST"},
               "commitment":{"promiseId":"prm_8d2k4m6p9q1r3s5t7v0w","promiseTitle":"Sorted first time","key":"fcr","metric":"resolved_first_contact","op":"EQ","threshold":1.0,"minSample":30},
               "from":"2026-10-04T09:00:00Z","to":"2026-11-01T09:00:00Z",
               "table":{"metKept":348,"metBroken":252,"missedKept":332,"missedBroken":68},"met":600,"missed":400,
               "p1":0.58,"p0":0.83,"z":-8.2,
               "sentence":"calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%"}]}""";

    static final String NOT_FOUND = """
            {"type":"https://brandbridge.io/problems/not-found","title":"Not Found","status":404,
             "detail":"Alignment of brand 'brd_k3v9x2m8q4w7z5t1r6y0' does not exist","instance":"/api/v1/alignment/brands/brd_k3v9x2m8q4w7z5t1r6y0",
             "requestId":"6f1c2a9e4b7d4c3e"}""";

    static final String BAD_AS_OF = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,
             "detail":"/asOf: must be an ISO-8601 instant with an offset, such as 2026-11-01T00:00:00Z",
             "errors":[{"pointer":"/asOf","message":"must be an ISO-8601 instant with an offset, such as 2026-11-01T00:00:00Z"}]}""";

    static final String UNAVAILABLE = """
            {"type":"https://brandbridge.io/problems/unavailable","title":"Service Unavailable","status":503,
             "detail":"A service this request needs is unavailable (touchpoint-service); try again shortly"}""";
}
