package io.brandbridge.promise.promises;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "InForce", description = "Every promise version of the brand in force at `at`")
public record InForceResponse(@Schema(example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                              Instant at,
                              List<PromiseResponse> items) {
}
