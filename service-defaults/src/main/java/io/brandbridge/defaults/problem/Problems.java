package io.brandbridge.defaults.problem;

import io.brandbridge.defaults.requestid.RequestIds;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;

/** Builds problem documents and responses the same way everywhere. */
public final class Problems {

    private static final String TYPE_BASE = "https://brandbridge.io/problems/";

    private Problems() {
    }

    public static Problem of(HttpStatus status, String detail, HttpRequest<?> request, List<Problem.FieldError> errors) {
        return new Problem(typeOf(status), status.getReason(), status.getCode(), detail,
                request == null ? null : request.getPath(),
                request == null ? null : RequestIds.of(request),
                errors.isEmpty() ? null : errors);
    }

    /** A 400 naming each invalid field; the detail repeats them in one line. */
    public static MutableHttpResponse<Problem> badRequest(HttpRequest<?> request, List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.pointer() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST)
                .contentType(Problem.MEDIA_TYPE)
                .body(of(HttpStatus.BAD_REQUEST, detail, request, errors));
    }

    public static MutableHttpResponse<Problem> response(HttpStatus status, String detail, HttpRequest<?> request) {
        return HttpResponse.<Problem>status(status)
                .contentType(Problem.MEDIA_TYPE)
                .body(of(status, detail, request, List.of()));
    }

    static String typeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> TYPE_BASE + "bad-request";
            case UNAUTHORIZED -> TYPE_BASE + "unauthorized";
            case FORBIDDEN -> TYPE_BASE + "forbidden";
            case NOT_FOUND -> TYPE_BASE + "not-found";
            case METHOD_NOT_ALLOWED -> TYPE_BASE + "method-not-allowed";
            case NOT_ACCEPTABLE -> TYPE_BASE + "not-acceptable";
            case CONFLICT -> TYPE_BASE + "conflict";
            case PRECONDITION_FAILED -> TYPE_BASE + "precondition-failed";
            case PRECONDITION_REQUIRED -> TYPE_BASE + "precondition-required";
            case REQUEST_ENTITY_TOO_LARGE -> TYPE_BASE + "payload-too-large";
            case REQUEST_URI_TOO_LONG -> TYPE_BASE + "uri-too-long";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> TYPE_BASE + "header-fields-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> TYPE_BASE + "unsupported-media-type";
            case UNPROCESSABLE_ENTITY -> TYPE_BASE + "validation";
            case TOO_MANY_REQUESTS -> TYPE_BASE + "rate-limited";
            case SERVICE_UNAVAILABLE -> TYPE_BASE + "unavailable";
            default -> status.getCode() >= 500 ? TYPE_BASE + "server-error" : "about:blank";
        };
    }
}
