package io.brandbridge.defaults.schema;

/**
 * The patterns the OpenAPI schemas give strings, so a client knows what the server accepts before it
 * sends: the text rules the JSON reader enforces (no control characters; free text may hold tabs and
 * line breaks) and the shape of every id the platform issues.
 */
public final class SchemaPatterns {

    /** One line of text: no C0 or C1 control characters, no DEL. */
    public static final String SINGLE_LINE = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$";
    /** Free text: as {@link #SINGLE_LINE}, but tab, line feed and carriage return are allowed. */
    public static final String MULTILINE = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$";
    /** An id issued by the platform: a lower-case prefix, an underscore and 20 characters of its alphabet. */
    public static final String ID = "^[a-z]+_[0-9a-hjkmnp-tv-z]{20}$";

    private SchemaPatterns() {
    }
}
