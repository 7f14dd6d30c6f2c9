package io.brandbridge.defaults.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brand scope too large for a token travels as {@code <client id>.<digest>}: the SHA-256 (base64url)
 * of the sorted brand ids. It names the content, so an answer for a reference never goes stale.
 */
public final class ScopeReferences {

    private static final Pattern FORM = Pattern.compile("([A-Za-z0-9_-]{1,64})\\.([A-Za-z0-9_-]{43})");

    private ScopeReferences() {
    }

    /** What a reference is made of. */
    public record Parts(String client, String digest) {
    }

    public static String of(String client, Collection<String> brands) {
        return client + "." + digest(brands);
    }

    /** The parts of a well-formed reference, or empty. */
    public static Optional<Parts> parse(String reference) {
        Matcher matcher = FORM.matcher(reference == null ? "" : reference);
        return matcher.matches() ? Optional.of(new Parts(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public static boolean names(String reference, Collection<String> brands) {
        return parse(reference).map(parts -> MessageDigest.isEqual(
                parts.digest().getBytes(StandardCharsets.US_ASCII), digest(brands).getBytes(StandardCharsets.US_ASCII))).orElse(false);
    }

    static String digest(Collection<String> brands) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // Sorted and newline-separated: brand ids never contain a newline, so no two sets share a text.
            for (String brand : new TreeSet<>(brands)) {
                sha256.update(brand.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) '\n');
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
