package io.brandbridge.alignment.webhooks.api;

/** Examples for the OpenAPI document, one shape each. */
final class WebhookExamples {

    static final String REQUEST = """
            {"url":"https://hooks.example.com/brandbridge","events":["promise.status_changed","gap.opened","alignment.stale"],\
            "description":"Operations on-call channel","enabled":true}""";

    private static final String WEBHOOK_FIELDS = """
            "id":"whk_3m8r4t6w1y5z7k3v9x0q","brandId":"brd_k3v9x0q2m8r4t6w1y5z7","url":"https://hooks.example.com/brandbridge",\
            "events":["promise.status_changed","gap.opened","alignment.stale"],"description":"Operations on-call channel","state":"ACTIVE",\
            "problem":null,"version":1,"createdAt":"2026-12-01T09:30:00Z","updatedAt":"2026-12-01T09:30:00Z",\
            "previousSecretExpiresAt":null""";

    static final String WEBHOOK = "{" + WEBHOOK_FIELDS + "}";

    static final String WITH_SECRET = "{\"webhook\":{" + WEBHOOK_FIELDS + "},\"secret\":\"whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD7yQ0Rr7eNw0=\"}";

    static final String PAGE = "{\"items\":[{" + WEBHOOK_FIELDS + "}],\"nextCursor\":null}";

    private static final String DELIVERY = """
            {"id":"dlv_9x0q2m8r4t6w1y5z7k3v","webhookId":"whk_3m8r4t6w1y5z7k3v9x0q","messageId":"msg_q2m8r4t6w1y5z7k3v9x0",\
            "eventId":"evt_r4t6w1y5z7k3v9x0q2m8","eventType":"promise.status_changed","createdAt":"2026-12-01T10:00:02Z","state":"PENDING",\
            "attempts":2,"nextAttemptAt":"2026-12-01T10:05:07Z","finishedAt":null,"redeliveryOf":null,"bodyKept":true,\
            "log":[{"attemptedAt":"2026-12-01T10:00:02Z","statusCode":503,"durationMs":41,"error":null},\
            {"attemptedAt":"2026-12-01T10:00:07Z","statusCode":null,"durationMs":10000,"error":"timed out after 10 s"}]}""";

    static final String DELIVERY_PAGE = "{\"items\":[" + DELIVERY + "],\"nextCursor\":null}";

    static final String QUEUED = """
            {"id":"dlv_9x0q2m8r4t6w1y5z7k3v","webhookId":"whk_3m8r4t6w1y5z7k3v9x0q","messageId":"msg_q2m8r4t6w1y5z7k3v9x0",\
            "eventId":"evt_r4t6w1y5z7k3v9x0q2m8","eventType":"ping","createdAt":"2026-12-01T10:00:02Z","state":"PENDING",\
            "attempts":0,"nextAttemptAt":"2026-12-01T10:00:02Z","finishedAt":null,"redeliveryOf":null,"bodyKept":true,"log":[]}""";

    private WebhookExamples() {
    }
}
