package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;

import java.util.List;

/** A request body that does not fit its type; carries each broken rule by JSON pointer. */
public final class JsonBodyRejected extends RuntimeException {

    private final List<Problem.FieldError> errors;

    JsonBodyRejected(List<Problem.FieldError> errors) {
        super(summary(errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    static String summary(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.pointer() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid request body");
    }
}
