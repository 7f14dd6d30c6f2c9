package io.brandbridge.touchpoint.targets;

/** Example documents of the operational target operations, for the OpenAPI description. */
final class TargetExamples {

    static final String REQUEST = """
            {"metric":"handle_seconds","op":"LE","threshold":180,"kind":"COST","rationale":"Contracted average handle time with the BPO"}""";
    static final String TARGET = """
            {"id":"tgt_8d2k4m6n8p0q2r4s6t8v","touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","metric":"handle_seconds","op":"LE",\
            "threshold":180,"kind":"COST","rationale":"Contracted average handle time with the BPO"}""";
    static final String PAGE = """
            {"items":[{"id":"tgt_8d2k4m6n8p0q2r4s6t8v","touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","metric":"handle_seconds","op":"LE",\
            "threshold":180,"kind":"COST","rationale":"Contracted average handle time with the BPO"}],\
            "nextCursor":"MjAyNi0xMS0wMVQwOTozMDowMFp8dGd0XzhkMms0bTZuOHAwcTJyNHM2dDh2"}""";

    private TargetExamples() {
    }
}
