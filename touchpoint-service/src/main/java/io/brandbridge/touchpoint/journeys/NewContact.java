package io.brandbridge.touchpoint.journeys;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A contact a push just stored at its touchpoint: {@code occurredAt} as the ingest's UTC SQL text, {@code customer} the
 * current pseudonym, {@code aliases} the customer's pseudonyms under older key versions, and the pushed metrics.
 */
public record NewContact(long interactionId, String occurredAt, String externalId, @Nullable String journeyId, @Nullable String customer,
                         List<String> aliases, String[] metricKeys, double[] metricValues) {
}
