package io.brandbridge.touchpoint.ingest.mappings;

/** Example bodies for the OpenAPI document. */
final class MappingExamples {

    static final String REQUEST = """
            {"name":"acd-export","format":"csv","delimiter":";","externalId":"Call ID",\
            "occurredAt":{"date":"Date","time":"Time","pattern":"dd.MM.yyyy HH:mm:ss","timeZone":"Europe/Berlin"},\
            "customerRef":"Caller","journeyId":"Case","sourceVersion":"Last modified","metrics":[{"source":"Answered (Y/N)","metric":"answered","transform":"boolean"},\
            {"source":"Talk time","metric":"handle_seconds","transform":"duration"},\
            {"source":"Outcome","metric":"resolved_first_contact","transform":"lookup","lookup":[{"value":"Resolved","number":1},{"value":"Open","number":0}]}],\
            "attributes":[{"source":"Queue","attribute":"queue"}]}""";

    static final String PROFILE = """
            {"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","name":"acd-export","version":1,"format":"csv","delimiter":";",\
            "externalId":"Call ID","occurredAt":{"date":"Date","time":"Time","pattern":"dd.MM.yyyy HH:mm:ss",\
            "timeZone":"Europe/Berlin"},"customerRef":"Caller","journeyId":"Case","sourceVersion":"Last modified",\
            "metrics":[{"source":"Answered (Y/N)","metric":"answered","transform":"boolean"},\
            {"source":"Talk time","metric":"handle_seconds","transform":"duration"}],\
            "attributes":[{"source":"Queue","attribute":"queue"}],"createdAt":"2026-11-01T09:30:00Z","updatedAt":"2026-11-01T09:30:00Z"}""";

    static final String PAGE = "{\"items\":[" + PROFILE + "],\"nextCursor\":\"YWNkLWV4cG9ydA\"}";

    static final String CSV = "\uFEFFCall ID;Date;Time;Answered (Y/N);Talk time;Outcome;Queue;Caller;Case;Last modified\r\n"
            + "C-1001;01.11.2026;09:30:00;Y;0:04:12;Resolved;billing;cust-4411;case-77;3\r\n";

    static final String PREVIEW = """
            {"read":1,"valid":1,"rejected":0,"more":false,"records":[{"externalId":"C-1001","occurredAt":"2026-11-01T08:30:00Z",\
            "journeyId":"case-77","customerRef":"cust-4411","sourceVersion":"3","metrics":{"answered":true,"handle_seconds":252,\
            "resolved_first_contact":1},"attributes":{"queue":"billing"}}],"errors":[]}""";

    private MappingExamples() {
    }
}
