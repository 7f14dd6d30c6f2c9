package io.brandbridge.gateway.apiclients;

/** The true limits of API-client fields, shared by the requests' validation and the responses' schemas. */
final class ClientSchemas {

    static final int NAME_MAX = 100;
    /** Every role a client may hold: all but SERVICE. */
    static final int ROLES_MAX = 7;
    static final int BRANDS_MAX = 1000;
    static final int BRAND_ID_MAX = 64;
    static final String BRAND_ID = "^[A-Za-z0-9_-]{1,64}$";
    /** {@code cli_} and the 20 characters of a platform id. */
    static final int CLIENT_ID_MAX = 24;

    private ClientSchemas() {
    }
}
