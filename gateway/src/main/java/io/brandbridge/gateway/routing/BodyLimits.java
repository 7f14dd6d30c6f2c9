package io.brandbridge.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.validation.constraints.Positive;

/**
 * Request body limits: {@code body} for every route but ingestion, {@code ingestionBody} for
 * {@code POST /touchpoints/{id}/interactions}. The server-wide {@code micronaut.server.max-request-size}
 * is set to the ingestion limit, which also caps streamed (chunked) uploads.
 */
@ConfigurationProperties("brandbridge.gateway.limits")
public record BodyLimits(
        @ReadableBytes @Bindable(defaultValue = "1MB") @Positive(message = "must be a size above zero such as 512KB or 10MB") long body,
        @ReadableBytes @Bindable(defaultValue = "64MB") @Positive(message = "must be a size above zero such as 512KB or 10MB") long ingestionBody) {

    public long forRoute(boolean ingestion) {
        return ingestion ? ingestionBody : body;
    }

    /** Whether the request announces a body, by length or by chunks, whether or not it has arrived. */
    public static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
