package io.brandbridge.defaults.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.brandbridge.defaults.problem.Problem;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a JSON request body against the shape of the type it binds to and lists every field that breaks
 * it, by JSON pointer: wrong types (no coercion of numbers, booleans or text into one another), unknown
 * enumeration names, control characters in text, repeated keys, and documents past the size limits.
 */
final class JsonBodyCheck {

    private static final int MAX_ERRORS = 50;
    private static final int MAX_WHOLE_DIGITS = 20;
    private static final String ROOT = "/";
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(JsonReadLimits.constraints().build()).build();

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private JsonBodyCheck() {
    }

    /** The broken rules of {@code json} as the body of a {@code shape}, empty when it binds cleanly. */
    static List<Problem.FieldError> check(byte[] json, JsonShape shape) {
        JsonBodyCheck check = new JsonBodyCheck();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                return List.of(new Problem.FieldError(ROOT, "the body is empty; it " + shape.expectation()));
            }
            check.value(parser, shape, Pointer.ROOT, false);
            if (check.errors.isEmpty() && parser.nextToken() != null) {
                check.errors.add(new Problem.FieldError(ROOT, "has more content after the JSON document"));
            }
        } catch (TooManyErrors e) {
            return check.errors;
        } catch (JsonProcessingException e) {
            return List.of(new Problem.FieldError(ROOT, JsonReadLimits.describe(e)));
        } catch (IOException e) {
            return List.of(new Problem.FieldError(ROOT, "could not be read as JSON"));
        }
        return check.errors;
    }

    private void value(JsonParser parser, JsonShape shape, Pointer at, boolean nullable) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (!nullable) {
                fail(at, shape.expectation() + ", not null");
            }
            return;
        }
        switch (shape) {
            case JsonShape.Text text -> text(parser, token, text, at);
            case JsonShape.WholeNumber whole -> whole(parser, token, whole, at);
            case JsonShape.Decimal decimal -> decimal(parser, token, decimal, at);
            case JsonShape.Bool bool -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    mismatch(parser, at, bool);
                }
            }
            case JsonShape.OneOf oneOf -> {
                if (token != JsonToken.VALUE_STRING || !oneOf.names().contains(parser.getText())) {
                    mismatch(parser, at, oneOf);
                }
            }
            case JsonShape.ListOf list -> list(parser, token, list, at);
            case JsonShape.MapOf map -> map(parser, token, map, at);
            case JsonShape.ObjectOf object -> object(parser, token, object, at);
            case JsonShape.Anything anything -> parser.skipChildren();
        }
    }

    private void text(JsonParser parser, JsonToken token, JsonShape.Text shape, Pointer at) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            mismatch(parser, at, shape);
            return;
        }
        String text = parser.getText();
        String violation = TextRules.violation(text, shape.multiline());
        if (violation != null) {
            fail(at, violation);
        } else if (!shape.format().accepts(text)) {
            fail(at, shape.expectation());
        }
    }

    private void whole(JsonParser parser, JsonToken token, JsonShape.WholeNumber shape, Pointer at) throws IOException {
        if (!token.isNumeric()) {
            mismatch(parser, at, shape);
            return;
        }
        BigDecimal value = parser.getDecimalValue();
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            fail(at, shape.expectation());
            return;
        }
        // Counting digits first keeps a short "1e999999999" from expanding into a huge integer.
        if (shape.min() != null && (value.precision() - value.scale() > MAX_WHOLE_DIGITS
                || value.toBigInteger().compareTo(shape.min()) < 0 || value.toBigInteger().compareTo(shape.max()) > 0)) {
            fail(at, shape.rangeRule());
        }
    }

    /** A number too large for a double (1e999) is still a number; each field's own rules say whether it must be finite. */
    private void decimal(JsonParser parser, JsonToken token, JsonShape.Decimal shape, Pointer at) throws IOException {
        if (!token.isNumeric()) {
            mismatch(parser, at, shape);
        }
    }

    private void list(JsonParser parser, JsonToken token, JsonShape.ListOf shape, Pointer at) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            mismatch(parser, at, shape);
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            value(parser, shape.element(), at.child(Integer.toString(index++)), true);
        }
    }

    private void map(JsonParser parser, JsonToken token, JsonShape.MapOf shape, Pointer at) throws IOException {
        JsonShape.Property value = new JsonShape.Property(shape.value(), true);
        members(parser, token, shape, at, key -> value);
    }

    private void object(JsonParser parser, JsonToken token, JsonShape.ObjectOf shape, Pointer at) throws IOException {
        members(parser, token, shape, at, shape.properties()::get);
    }

    /** Walks an object's members; a member {@code properties} does not know is skipped unread. */
    private void members(JsonParser parser, JsonToken token, JsonShape shape, Pointer at,
                         Function<String, JsonShape.Property> properties) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            mismatch(parser, at, shape);
            return;
        }
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Pointer child = at.child(name);
            parser.nextToken();
            JsonShape.Property property = properties.apply(name);
            String keyViolation = TextRules.violation(name, false);
            if (!seen.add(name)) {
                fail(child, "appears more than once");
                parser.skipChildren();
            } else if (property != null && keyViolation != null) {
                fail(at, "has a key that " + keyViolation);
                parser.skipChildren();
            } else if (property == null) {
                parser.skipChildren();
            } else {
                value(parser, property.shape(), child, property.nullable());
            }
        }
    }

    private void mismatch(JsonParser parser, Pointer at, JsonShape shape) throws IOException {
        fail(at, shape.expectation());
        parser.skipChildren();
    }

    private void fail(Pointer at, String message) {
        errors.add(new Problem.FieldError(at.toString(), message));
        if (errors.size() >= MAX_ERRORS) {
            throw new TooManyErrors();
        }
    }

    /** Ends the walk once the report is long enough to act on. */
    private static final class TooManyErrors extends RuntimeException {
        TooManyErrors() {
            super(null, null, false, false);
        }
    }

    /** A JSON pointer built only when an error names it. */
    private record Pointer(Pointer parent, String token) {
        static final Pointer ROOT = new Pointer(null, null);

        Pointer child(String name) {
            return new Pointer(this, name);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return JsonBodyCheck.ROOT;
            }
            StringBuilder pointer = new StringBuilder();
            append(pointer);
            return pointer.toString();
        }

        private void append(StringBuilder pointer) {
            if (parent != null) {
                parent.append(pointer);
                pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
        }
    }
}
