package io.brandbridge.touchpoint.ingest;

/**
 * A record that passed validation, ready to store: {@code occurredAt} as its UTC SQL text, metrics as
 * parallel arrays and the JSON kept for the audit listing.
 */
record ValidRecord(String externalId,
                   String occurredAt,
                   String journeyId,
                   String customerRef,
                   String[] metricKeys,
                   double[] metricValues,
                   String metricsJson,
                   String attributesJson) {
}
