package io.brandbridge.alignment.webhooks.api;

/** Bounds of what a subscription holds, shared by the request, the answers and their documentation. */
final class WebhookFields {

    static final int URL_LENGTH = 2048;
    static final int DESCRIPTION_LENGTH = 500;
    static final int EVENT_TYPES = 8;
    static final int PROBLEM_LENGTH = 1000;
    static final String WEBHOOK_ID = "^whk_[0-9a-hjkmnp-tv-z]{20}$";
    static final String DELIVERY_ID = "^dlv_[0-9a-hjkmnp-tv-z]{20}$";
    static final String MESSAGE_ID = "^msg_[0-9a-hjkmnp-tv-z]{20}$";
    static final String EVENT_ID = "^evt_[0-9a-hjkmnp-tv-z]{20}$";
    static final String SECRET = "^whsec_[A-Za-z0-9+/]{43}=$";
    static final int SECRET_LENGTH = 50;

    private WebhookFields() {
    }
}
