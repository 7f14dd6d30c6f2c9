package io.brandbridge.defaults.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Text that must also parse as a value of a type, checked the way the binder will read it. */
enum TextFormat {
    PLAIN("must be a string") {
        @Override
        boolean accepts(String text) {
            return true;
        }
    },
    DATE_TIME("must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z") {
        @Override
        boolean accepts(String text) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    },
    DATE("must be a date, e.g. 2026-11-01") {
        @Override
        boolean accepts(String text) {
            try {
                LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    };

    private final String expectation;

    TextFormat(String expectation) {
        this.expectation = expectation;
    }

    String expectation() {
        return expectation;
    }

    abstract boolean accepts(String text);
}
