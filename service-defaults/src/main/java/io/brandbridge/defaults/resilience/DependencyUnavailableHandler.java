package io.brandbridge.defaults.resilience;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A dependency that is down answers 503 with Retry-After, never a 500. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DependencyUnavailableHandler implements ExceptionHandler<DependencyUnavailableException, HttpResponse<Problem>> {

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DependencyUnavailableException exception) {
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE,
                        "A service this request needs is unavailable (" + exception.dependency() + "); try again shortly", request)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
