package io.brandbridge.defaults.conditional;

import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

/**
 * Strong entity tags and the If-Match rules (RFC 9110): a tag is a digest of the resource id and its
 * revision counters, so it changes with every stored change and reveals nothing about them.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(Object... parts) {
        String joined = Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** For updates that must be conditional: 428 without If-Match, 412 when it names another state. */
    public static void require(@Nullable String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED,
                    "This update needs an If-Match header with the ETag of the state it was based on");
        }
        checkIfPresent(ifMatch, current);
    }

    /** For actions where the precondition is optional: 412 only when an If-Match is sent and is stale. */
    public static void checkIfPresent(@Nullable String ifMatch, String current) {
        if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch, current)) {
            throw stale();
        }
    }

    public static ProblemException stale() {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED,
                "The resource changed since the ETag in If-Match was issued; read it again and reapply the change");
    }

    /** Strong comparison against a comma-separated list; {@code *} matches any current state. */
    static boolean matches(String ifMatch, String current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** Weak comparison, as If-None-Match uses it: {@code W/"x"} and {@code "x"} name the same state. */
    static boolean matchesWeakly(String ifNoneMatch, String current) {
        String opaque = opaque(current);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
