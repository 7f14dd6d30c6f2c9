package io.brandbridge.defaults.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.List;

/** Bean Validation failures answer 400 with one JSON pointer per invalid field. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        String bodyParameter = bodyParameterName(request);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(JsonPointers.fromViolation(v.getPropertyPath(), bodyParameter), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::pointer).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.badRequest(request, errors);
    }

    private static String bodyParameterName(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(RouteMatch::getRouteInfo)
                .flatMap(info -> info.getBodyArgument().map(Argument::getName))
                .orElse("");
    }
}
