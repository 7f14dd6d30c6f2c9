package io.brandbridge.touchpoint.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

/**
 * Hashes one push's customerRefs with the brand's keys. Holds its own Mac instances (they are not
 * thread-safe), so it serves one push at a time.
 */
public final class Pseudonymiser {

    private static final Base64.Encoder ENCODING = Base64.getUrlEncoder().withoutPadding();
    private static final String[] NONE = new String[0];

    private final Mac[] macs;

    Pseudonymiser(List<PseudonymKey> keys) {
        macs = new Mac[keys.size()];
        try {
            for (int i = 0; i < macs.length; i++) {
                macs[i] = Mac.getInstance("HmacSHA256");
                macs[i].init(new SecretKeySpec(keys.get(i).secret(), "HmacSHA256"));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The pseudonym under the current key: 43 URL-safe characters. */
    public String current(String customerRef) {
        return hash(0, customerRef);
    }

    /** The same customer's pseudonyms under the older key versions, newest first; empty while the brand has one key. */
    public String[] aliases(String customerRef) {
        if (macs.length == 1) {
            return NONE;
        }
        String[] aliases = new String[macs.length - 1];
        for (int i = 1; i < macs.length; i++) {
            aliases[i - 1] = hash(i, customerRef);
        }
        return aliases;
    }

    private String hash(int key, String customerRef) {
        return ENCODING.encodeToString(macs[key].doFinal(customerRef.getBytes(StandardCharsets.UTF_8)));
    }
}
