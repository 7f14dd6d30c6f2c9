package io.brandbridge.touchpoint.http;

import io.micronaut.http.HttpHeaders;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Limits and texts the controllers' parameters and headers share, so the document and the checks agree. */
public final class ApiDocs {

    /** Ids this service issues fit the {@code VARCHAR(32)} id columns; brand ids the {@code VARCHAR(64)} brand column. */
    public static final int MAX_ID = 32;
    public static final int MAX_BRAND_ID = 64;

    /** A cursor is base64url of a sort key; no key this service writes comes near the limit. */
    public static final int MAX_CURSOR = 512;
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";
    public static final String CURSOR = "`nextCursor` of the previous page; omit it for the first page";
    public static final String LIMIT = "Page size, 1..200 (default 50)";

    /** A strong tag of {@code io.brandbridge.defaults.conditional.ETags}: 22 base64url characters in quotes. */
    public static final String ETAG_PATTERN = "^\"[A-Za-z0-9_-]{22}\"$";
    public static final int ETAG_LENGTH = 24;
    public static final String ETAG = "Entity tag of the current state, for `If-Match` and `If-None-Match`";
    /** Conditional headers name one tag, a comma-separated list of them, or {@code *}. */
    public static final int MAX_CONDITION = 1024;
    public static final String IF_MATCH = "The `ETag` this change is based on (optional; a stale one answers 412 and changes nothing)";
    public static final String IF_NONE_MATCH = "The `ETag` of the copy the caller holds; when it is still current the answer is 304 without a body";
    public static final String NOT_MODIFIED = "The copy named by `If-None-Match` is current; no body";
    public static final String ETAG_EXAMPLE = "\"q8ZrT2lKpX0bV7nE4cWmYa\"";

    /** Date-times of years 1000..9999 with an offset and nanoseconds; nothing longer is accepted. */
    public static final int MAX_DATE_TIME = 40;

    private ApiDocs() {
    }

    /** The 304 that {@code NotModifiedFilter} answers to a GET whose {@code If-None-Match} names the current ETag. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "304", description = NOT_MODIFIED, headers = @io.swagger.v3.oas.annotations.headers.Header(
            name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = "string", maxLength = ETAG_LENGTH, pattern = ETAG_PATTERN)))
    public @interface NotModified {
    }
}
