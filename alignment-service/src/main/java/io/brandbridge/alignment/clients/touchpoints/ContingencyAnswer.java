package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

/** Answer of {@code POST /stats/contingency}: a and b both met, only a, only b, neither. */
@Serdeable
public record ContingencyAnswer(long bothMet, long aOnly, long bOnly, long neither) {
}
