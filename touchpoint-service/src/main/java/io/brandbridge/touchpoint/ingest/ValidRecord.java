package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.privacy.Pseudonymiser;

/**
 * A record that passed validation, ready to store: {@code occurredAt} as its UTC SQL text, metrics as
 * parallel arrays and the JSON kept for the audit listing. Once pseudonymised, {@code customerRef} is the
 * pseudonym and {@code customerAliases} the same customer's pseudonyms under older key versions. {@code sourceVersion} is
 * comparable across records of one source (see {@link SourceVersions}), null when the record has none.
 */
record ValidRecord(String externalId,
                   String occurredAt,
                   String journeyId,
                   String customerRef,
                   String[] customerAliases,
                   Long sourceVersion,
                   String[] metricKeys,
                   double[] metricValues,
                   String metricsJson,
                   String attributesJson) {

    private static final String[] NO_ALIASES = new String[0];

    ValidRecord(String externalId, String occurredAt, String journeyId, String customerRef, Long sourceVersion, String[] metricKeys,
                double[] metricValues, String metricsJson, String attributesJson) {
        this(externalId, occurredAt, journeyId, customerRef, NO_ALIASES, sourceVersion, metricKeys, metricValues, metricsJson, attributesJson);
    }

    /** The same record with its raw customerRef replaced by the brand's pseudonym of it; the raw value goes no further. */
    ValidRecord pseudonymised(Pseudonymiser hasher) {
        if (customerRef == null) {
            return this;
        }
        return new ValidRecord(externalId, occurredAt, journeyId, hasher.current(customerRef), hasher.aliases(customerRef), sourceVersion, metricKeys,
                metricValues, metricsJson, attributesJson);
    }
}
