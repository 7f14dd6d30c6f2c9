package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;

/** The router's form of a missing required value (query value, header, body) answers like any other. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(UnsatisfiedRouteHandler.class)
public class MissingRouteValueProblemHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException exception) {
        return Problems.badRequest(request, List.of(MissingArgumentProblemHandler.missing(exception.getArgument())));
    }
}
