package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.Timestamps;
import io.micronaut.json.tree.JsonNode;

import java.math.BigInteger;

/**
 * Typed reads of one vendor record's fields. A value of the wrong type becomes a problem naming the vendor's field path
 * (e.g. {@code Queue.Duration}) and reads as absent; JSON null and a missing field are both absent.
 */
final class VendorFields {

    static final String TIMESTAMP = "must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z";

    private final RawRecord out;

    VendorFields(RawRecord out) {
        this.out = out;
    }

    void problem(String path, String message) {
        out.problem(path, message);
    }

    static boolean present(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        return value != null && !value.isNull();
    }

    /** A nested object, or null. */
    JsonNode object(JsonNode parent, String key, String path) {
        JsonNode value = given(parent, key);
        if (value != null && !value.isObject()) {
            out.problem(path, "must be an object");
            return null;
        }
        return value;
    }

    /** An array, or null. */
    JsonNode array(JsonNode parent, String key, String path) {
        JsonNode value = given(parent, key);
        if (value != null && !value.isArray()) {
            out.problem(path, "must be an array");
            return null;
        }
        return value;
    }

    String text(JsonNode parent, String key, String path) {
        JsonNode value = given(parent, key);
        if (value != null && !value.isString()) {
            out.problem(path, "must be a string");
            return null;
        }
        return value == null ? null : value.getStringValue();
    }

    /** A string that must be there; when it is not, the problem stands for {@code recordField} too. */
    String requiredText(JsonNode parent, String key, String recordField) {
        JsonNode value = given(parent, key);
        if (value == null || value.isString() && value.getStringValue().isBlank()) {
            out.problem(recordField, key, "is required");
            return null;
        }
        if (!value.isString()) {
            out.problem(recordField, key, "must be a string");
            return null;
        }
        return value.getStringValue();
    }

    /** A whole number given as a JSON number (a vendor's numeric id), as text; a string of digits is accepted too. */
    String wholeNumber(JsonNode parent, String key, String recordField, boolean required) {
        JsonNode value = given(parent, key);
        if (value == null) {
            if (required) {
                out.problem(recordField, key, "is required");
            }
            return null;
        }
        if (value.isNumber() && (value.getNumberValue() instanceof Long || value.getNumberValue() instanceof BigInteger)) {
            return value.getNumberValue().toString();
        }
        if (value.isString() && isDigits(value.getStringValue())) {
            return value.getStringValue();
        }
        out.problem(recordField, key, "must be a whole number");
        return null;
    }

    /**
     * An ISO-8601 date-time with an offset, passed on as text; {@code recordField} (null for none) is the record field it
     * becomes, whose own problem it then stands for.
     */
    String timestamp(JsonNode parent, String key, String path, String recordField, boolean required) {
        JsonNode value = given(parent, key);
        if (value == null) {
            if (required) {
                out.problem(recordField, path, "is required");
            }
            return null;
        }
        if (!value.isString() || Timestamps.parse(value.getStringValue()) == null) {
            if (recordField == null) {
                out.problem(path, TIMESTAMP);
            } else {
                out.problem(recordField, path, TIMESTAMP);
            }
            return null;
        }
        return value.getStringValue();
    }

    /** A duration in seconds: a finite number from 0, or null. */
    Double seconds(JsonNode parent, String key, String path) {
        return nonNegative(given(parent, key), path, "must be a number of seconds");
    }

    /** A finite number from 0 in the unit {@code description} names ("must be a number of milliseconds"), or null. */
    Double nonNegative(JsonNode value, String path, String description) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.getDoubleValue())) {
            out.problem(path, description);
            return null;
        }
        double number = value.getDoubleValue();
        if (number < 0) {
            out.problem(path, "must not be negative");
            return null;
        }
        return number;
    }

    /** The sum of the parts given; an absent part counts 0. */
    static double total(Double... parts) {
        double sum = 0;
        for (Double part : parts) {
            sum += part == null ? 0 : part;
        }
        return sum;
    }

    /** Adds {@code value} as attribute {@code key} when it is there. */
    void attribute(String key, String value) {
        if (value != null) {
            out.attribute(key, value);
        }
    }

    private static JsonNode given(JsonNode parent, String key) {
        JsonNode value = parent.get(key);
        return value == null || value.isNull() ? null : value;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
