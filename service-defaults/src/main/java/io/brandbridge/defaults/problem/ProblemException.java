package io.brandbridge.defaults.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** Thrown by application code to answer with a problem; the handler renders it as problem+json. */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    public ProblemException(HttpStatus status, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, what + " '" + id + "' does not exist");
    }

    /** A 422 naming one field by JSON pointer, e.g. {@code invalid("/commitments/0/objective", "must be between 0 and 1")}. */
    public static ProblemException invalid(String pointer, String message) {
        return invalid(List.of(new Problem.FieldError(pointer, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.pointer() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors, Map.of());
    }

    /** A 400 naming one field or parameter by JSON pointer. */
    public static ProblemException badRequest(String pointer, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, pointer + ": " + message, List.of(new Problem.FieldError(pointer, message)), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
