package io.brandbridge.defaults.paging;

import io.brandbridge.defaults.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque list cursors: the sort key of the last row seen, base64url-encoded. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key inside a cursor; a cursor that was not issued by us answers 400 naming the parameter. */
    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
