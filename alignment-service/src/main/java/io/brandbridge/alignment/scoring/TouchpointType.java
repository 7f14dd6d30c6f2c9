package io.brandbridge.alignment.scoring;

/** The kinds of touchpoint the other services' contracts name; touchpoints and promises carry them as text. */
public enum TouchpointType {
    CALL_CENTRE, DELIVERY, RETAIL_STORE, PACKAGING, ONLINE_SELF_SERVICE, EMAIL, CHAT, SOCIAL
}
