package io.brandbridge.touchpoint.touchpoints;

/** Where the brand meets its customers (DESIGN 3.2). */
public enum TouchpointType {
    CALL_CENTRE, DELIVERY, RETAIL_STORE, PACKAGING, ONLINE_SELF_SERVICE, EMAIL, CHAT, SOCIAL
}
