package io.brandbridge.defaults.ids;

import java.security.SecureRandom;

/**
 * Opaque, unguessable ids for public resources: a short type prefix and 20 random base32 characters
 * (100 bits), e.g. {@code brd_k3v9x...}. Sortable ids are not needed: lists sort by creation time and id.
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LENGTH = 20;

    private Ids() {
    }

    public static String newId(String prefix) {
        StringBuilder id = new StringBuilder(prefix.length() + 1 + LENGTH).append(prefix).append('_');
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
