package io.brandbridge.promise.http;

/** Texts and limits shared by the OpenAPI annotations of every controller. */
public final class ApiDocs {

    public static final String TOLERANT = " Unknown properties in the body are ignored, and so are fields a client may not set "
            + "(`id`, `brandId`, `status`, `version`, `createdAt`, `effectiveFrom`, `effectiveTo`).";
    public static final String NO_BODY = " Unknown query parameters are ignored.";
    public static final String IGNORED_BODY = " Takes no body; one sent anyway is ignored, as are unknown query parameters.";
    public static final String LIMIT = "Page size, 1..200 (default 50)";
    public static final String CURSOR = "Opaque `nextCursor` of the previous page; leave it out for the first page";
    public static final String NEXT_CURSOR = "Opaque cursor for the next page, to pass back as `cursor`; null on the last page";
    public static final String IF_MATCH_REQUIRED = "The `ETag` of the state this change is based on; without it the answer is 428";
    public static final String IF_MATCH_OPTIONAL = "The `ETag` of the state this action is based on (optional; a stale one answers 412)";
    public static final String IF_NONE_MATCH = "The `ETag` of the copy the caller holds; while it is current the answer is 304 without a body";
    public static final String NOT_MODIFIED = "The caller's copy named in `If-None-Match` is current; no body";

    /** Where the examples of src/main/openapi/examples.yml are merged into the document. */
    public static final String EXAMPLES = "#/components/examples/";

    /** Ids are stored in 32-character columns, so no longer id can name anything. */
    public static final int ID_MAX = 32;
    public static final String ID_MESSAGE = "is not an id this API issues";

    /** Cursors are base64url without padding, as {@code Cursors} writes them. */
    public static final int CURSOR_MAX = 512;
    public static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";
    public static final String CURSOR_MESSAGE = "is not a cursor this API issued";

    /** An entity tag as {@code ETags} makes it: 22 base64url characters in quotes. */
    public static final int ETAG_MAX = 24;
    public static final String ETAG_PATTERN = "^\"[A-Za-z0-9_-]{22}\"$";
    /** If-Match and If-None-Match hold one tag, a comma-separated list of them or {@code *}. */
    public static final int ENTITY_TAGS_MAX = 1024;

    /** The longest ISO-8601 instant with an offset: nanoseconds and a {@code +hh:mm} offset. */
    public static final int DATE_TIME_MAX = 35;
    public static final int LOCATION_MAX = 256;

    private ApiDocs() {
    }
}
