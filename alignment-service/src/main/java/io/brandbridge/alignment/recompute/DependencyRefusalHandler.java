package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.DependencyRefusal;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A question another service refused is this service's defect: a 500 that says so, without internals. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class DependencyRefusalHandler implements ExceptionHandler<DependencyRefusal, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DependencyRefusal refusal) {
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "The recompute stopped on a defect: " + refusal.dependency()
                + " refused one of its questions (" + refusal.status() + "). The snapshot served is unchanged; the defect is logged", request);
    }
}
