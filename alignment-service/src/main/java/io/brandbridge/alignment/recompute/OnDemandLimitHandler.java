package io.brandbridge.alignment.recompute;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An on-demand recompute past the instance's limit answers 503 with Retry-After, naming the limit; nothing was started. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class OnDemandLimitHandler implements ExceptionHandler<OnDemandLimitReached, HttpResponse<Problem>> {

    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OnDemandLimitReached limit) {
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "This instance already runs " + limit.limit()
                        + " on-demand recomputes, its limit (alignment.recompute.on-demand-max); nothing was started, try again shortly", request)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
