package io.brandbridge.promise.promises;

/** Where a promise is delivered; touchpoint-service classifies its touchpoints with the same names. */
public enum TouchpointType {
    CALL_CENTRE, DELIVERY, RETAIL_STORE, PACKAGING, ONLINE_SELF_SERVICE, EMAIL, CHAT, SOCIAL
}
