package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body, query value, path variable or header that cannot be read as its type answers 400 naming the
 * field and the rule it breaks, never the framework's conversion message.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ConversionErrorHandler.class)
public class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Throwable cause = exception.getConversionError().getCause();
        if (cause instanceof JsonBodyRejected rejected) {
            return Problems.badRequest(request, rejected.errors());
        }
        Argument<?> argument = exception.getArgument();
        String message = ArgumentPointers.isBody(argument)
                ? "could not be read as the expected JSON document"
                : JsonShapes.of(argument).expectation();
        return Problems.badRequest(request, List.of(new Problem.FieldError(ArgumentPointers.of(argument), message)));
    }
}
