package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import jakarta.inject.Singleton;

import java.util.List;

/** A required body, query value or header that is missing answers 400 naming it. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(UnsatisfiedArgumentHandler.class)
public class MissingArgumentProblemHandler implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
        return Problems.badRequest(request, List.of(missing(exception.getArgument())));
    }

    static Problem.FieldError missing(Argument<?> argument) {
        String message = ArgumentPointers.isBody(argument) ? "the body is required; it " + JsonShapes.of(argument).expectation() : "is required";
        return new Problem.FieldError(ArgumentPointers.of(argument), message);
    }
}
