package io.brandbridge.defaults.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders every error the framework raises (404, 405, 413, 414, 415, 431, bad JSON, 5xx) as problem+json. */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    static final String SERVER_ERROR_DETAIL = "The server could not complete the request. Quote the requestId when reporting it.";
    static final String DATABASE_DOWN_DETAIL = "The database is unavailable right now; try again shortly.";
    static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> baseResponse) {
        HttpStatus status = baseResponse.status();
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail;
        HttpStatus oversizedHead = status == HttpStatus.REQUEST_ENTITY_TOO_LARGE ? OversizedRequestHead.statusOf(context.getRequest()) : null;
        if (oversizedHead != null) {
            status = oversizedHead;
            baseResponse.status(status);
            detail = defaultDetail(status);
        } else if (status == HttpStatus.INTERNAL_SERVER_ERROR && context.getRootCause().map(DatabaseOutages::isOutage).orElse(false)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            baseResponse.status(status).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS);
            detail = DATABASE_DOWN_DETAIL;
        } else if (status.getCode() >= 500) {
            detail = SERVER_ERROR_DETAIL;
        } else {
            for (Error error : context.getErrors()) {
                error.getPath().ifPresent(path ->
                        errors.add(new Problem.FieldError(JsonPointers.fromPath(path), MessageSanitizer.clean(error.getMessage()))));
            }
            detail = context.getErrors().stream()
                    .map(e -> MessageSanitizer.clean(e.getMessage()))
                    .distinct()
                    .collect(Collectors.joining("; "));
            if (detail.isBlank()) {
                detail = defaultDetail(status);
            }
        }
        Problem problem = Problems.of(status, detail, context.getRequest(), errors);
        if (oversizedHead != null) {
            // The decoder stands a placeholder path in for the request line it could not read.
            problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), null, problem.requestId(), problem.errors());
        }
        return baseResponse.contentType(Problem.MEDIA_TYPE).body(problem);
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is over the size limit";
            case REQUEST_URI_TOO_LONG -> OversizedRequestHead.URI_TOO_LONG_DETAIL;
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> OversizedRequestHead.HEADERS_TOO_LARGE_DETAIL;
            default -> status.getReason();
        };
    }
}
