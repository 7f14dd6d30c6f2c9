package io.brandbridge.alignment.webhooks.api;

/** The request example; the answers, which hold nulls, are in src/main/openapi/webhook-examples.yml. */
final class WebhookExamples {

    static final String REQUEST = """
            {"url":"https://hooks.example.com/brandbridge","events":["promise.status_changed","gap.opened","alignment.stale"],\
            "description":"Operations on-call channel","enabled":true}""";

    private WebhookExamples() {
    }
}
