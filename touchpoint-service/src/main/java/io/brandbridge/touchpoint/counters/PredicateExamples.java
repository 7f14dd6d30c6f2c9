package io.brandbridge.touchpoint.counters;

/** Example documents of the standing-predicate operations, for the OpenAPI description. */
final class PredicateExamples {

    static final String MAX_COUNT = "9223372036854775807";
    static final String ID = "prd_7m2k9q4v8x1c3n5b6z0w";

    static final String REGISTER_REQUEST = """
            {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"attainment":[{"metric":"wait_seconds","op":"LE","threshold":60}],\
            "pairs":[{"a":{"metric":"handle_seconds","op":"LE","threshold":180},"b":{"metric":"resolved_first_contact","op":"EQ","threshold":1}}]}""";
    static final String PREDICATE = """
            {"id":"prd_7m2k9q4v8x1c3n5b6z0w","kind":"ATTAINMENT","conditions":[{"metric":"wait_seconds","op":"LE","threshold":60.0}],\
            "touchpoints":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","state":"BACKFILLING","rowsDone":120000,"rowsTotal":450000}]}""";
    static final String PREDICATES = """
            {"predicates":[{"id":"prd_7m2k9q4v8x1c3n5b6z0w","kind":"ATTAINMENT","conditions":[{"metric":"wait_seconds","op":"LE","threshold":60.0}],\
            "touchpoints":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","state":"BACKFILLING","rowsDone":120000,"rowsTotal":450000}]},\
            {"id":"prd_q8w2e4r6t8y0a2b4c6d8","kind":"PAIR",\
            "conditions":[{"metric":"handle_seconds","op":"LE","threshold":180.0},{"metric":"resolved_first_contact","op":"EQ","threshold":1.0}],\
            "touchpoints":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","state":"READY","rowsDone":450000,"rowsTotal":450000}]}]}""";

    private PredicateExamples() {
    }
}
