package io.brandbridge.alignment.webhooks.api;

import java.security.SecureRandom;
import java.util.Base64;

/** New signing secrets: 32 random bytes, base64, with the {@code whsec_} prefix the Standard Webhooks libraries expect. */
final class SigningSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {
    }

    static String next() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
