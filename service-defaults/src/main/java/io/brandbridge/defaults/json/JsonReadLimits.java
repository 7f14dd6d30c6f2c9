package io.brandbridge.defaults.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits every JSON document a client sends is read under, and the plain words for a document that
 * breaks one or is not JSON at all; the parser's own messages name its classes and settings.
 */
public final class JsonReadLimits {

    /** Request documents nest a few levels; this is far above any of them and far below what costs memory. */
    public static final int MAX_DEPTH = 32;
    /** Longer than any number a double or a long can hold, written out in full. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private JsonReadLimits() {
    }

    /** The constraints to build a parser with; callers may tighten the string length further. */
    public static StreamReadConstraints.Builder constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH);
    }

    /** Why the document could not be read, e.g. "nests too deeply; at most 32 levels ..." or "is not valid JSON (line 1, column 9)". */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("NestingDepth")) {
                return "nests too deeply; at most " + MAX_DEPTH + " levels of arrays and objects are allowed";
            }
            if (message.contains("NumberLength")) {
                return "has a number longer than " + MAX_NUMBER_LENGTH + " characters";
            }
            if (message.contains("StringLength") || message.contains("NameLength")) {
                return "has a text or property name over the length limit";
            }
            return "is over a size limit for JSON documents";
        }
        JsonLocation at = e.getLocation();
        return at == null ? "is not valid JSON" : "is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
