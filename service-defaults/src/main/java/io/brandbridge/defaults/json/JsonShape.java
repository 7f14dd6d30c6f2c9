package io.brandbridge.defaults.json;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** What a JSON value must look like to bind to a Java type, with the rule in the words a client reads. */
sealed interface JsonShape {

    /** The rule for a value of the wrong type, e.g. "must be a string". */
    String expectation();

    /** Text; {@code format} names an extra rule such as a date-time, {@code multiline} allows tabs and line breaks. */
    record Text(TextFormat format, boolean multiline) implements JsonShape {
        @Override
        public String expectation() {
            return format.expectation();
        }
    }

    /** A whole number within the Java type's range; {@code null} bounds mean unbounded. */
    record WholeNumber(BigInteger min, BigInteger max) implements JsonShape {
        @Override
        public String expectation() {
            return "must be a whole number";
        }

        String rangeRule() {
            return "must be a whole number between " + min + " and " + max;
        }
    }

    /** Any finite number. */
    record Decimal() implements JsonShape {
        @Override
        public String expectation() {
            return "must be a number";
        }
    }

    record Bool() implements JsonShape {
        @Override
        public String expectation() {
            return "must be true or false";
        }
    }

    /** One of a fixed set of names, as an enumeration binds them. */
    record OneOf(List<String> names) implements JsonShape {
        @Override
        public String expectation() {
            return "must be one of " + String.join(", ", names);
        }
    }

    record ListOf(JsonShape element) implements JsonShape {
        @Override
        public String expectation() {
            return "must be an array";
        }
    }

    record MapOf(JsonShape value) implements JsonShape {
        @Override
        public String expectation() {
            return "must be an object";
        }
    }

    /** An object whose known properties have shapes; unknown properties are ignored. */
    record ObjectOf(Map<String, Property> properties) implements JsonShape {
        @Override
        public String expectation() {
            return "must be an object";
        }
    }

    /** A property of an object; a primitive Java type cannot take {@code null}. */
    record Property(JsonShape shape, boolean nullable) {
    }

    /** A value the type takes in any form (an arbitrary tree), or one this check does not know. */
    record Anything() implements JsonShape {
        @Override
        public String expectation() {
            return "must be a JSON value";
        }
    }
}
