package io.brandbridge.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/**
 * Request body limits: {@code body} for every route but ingestion, {@code ingestionBody} for
 * {@code POST /touchpoints/{id}/interactions}. The server-wide {@code micronaut.server.max-request-size}
 * is set to the ingestion limit, which also caps streamed (chunked) uploads.
 */
@ConfigurationProperties("brandbridge.gateway.limits")
public record BodyLimits(
        @ReadableBytes @Bindable(defaultValue = "1MB") long body,
        @ReadableBytes @Bindable(defaultValue = "64MB") long ingestionBody) {

    public long forRoute(boolean ingestion) {
        return ingestion ? ingestionBody : body;
    }
}
