package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/** Refuses a request whose body is announced over its route's limit (413), or a chunked one where only ingestion streams (411). */
@Singleton
public class BodySizeCheck {

    private final BodyLimits limits;

    public BodySizeCheck(BodyLimits limits) {
        this.limits = limits;
    }

    /** The refusal, or null when the body may come. */
    @Nullable
    public MutableHttpResponse<?> refusal(HttpRequest<?> request) {
        boolean ingestion = Routes.isIngestion(request.getMethod(), request.getPath());
        long limit = limits.forRoute(ingestion);
        long length = request.getContentLength();
        if (length > limit) {
            return Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    "The request body is over the limit of " + limit + " bytes for this route", request);
        }
        boolean chunked = request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING, String.class)
                .map(v -> v.toLowerCase().contains("chunked")).orElse(false);
        if (length < 0 && chunked && !ingestion) {
            // Only ingestion streams; elsewhere the length must be known up front to enforce the smaller limit.
            return Problems.response(HttpStatus.LENGTH_REQUIRED, "Send a Content-Length with the request body", request);
        }
        return null;
    }
}
