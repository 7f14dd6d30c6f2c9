package io.brandbridge.gateway.security;

/** Request attributes the gateway's filters hand to each other. */
public final class GatewayAttributes {

    /** The {@link io.brandbridge.defaults.security.Caller} an API key authenticated as. */
    public static final String CALLER = "brandbridge.gateway.caller";

    private GatewayAttributes() {
    }
}
