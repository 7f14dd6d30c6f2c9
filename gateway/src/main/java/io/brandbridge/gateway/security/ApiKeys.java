package io.brandbridge.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API keys: {@code bb_} and 256 random bits in base64url. Only the SHA-256 of a key is ever stored;
 * a plain hash suffices because the key itself carries 256 bits of entropy, so nothing can be guessed
 * from it, and it keeps the look-up a single indexed equality match.
 */
public final class ApiKeys {

    public static final String PREFIX = "bb_";
    private static final int KEY_BYTES = 32;
    private static final int MAX_KEY_LENGTH = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the key. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** The key from an {@code Authorization: Bearer <key>} header, or null. */
    public static String fromAuthorization(String header) {
        if (header == null || header.length() > MAX_KEY_LENGTH + 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String key = header.substring(7).strip();
        return key.isEmpty() ? null : key;
    }
}
