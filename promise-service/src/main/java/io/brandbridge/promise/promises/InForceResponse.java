package io.brandbridge.promise.promises;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(name = "InForce", description = "Every promise version of the brand in force at `at`")
public record InForceResponse(@Schema(requiredMode = REQUIRED, example = "brd_k3v9x7q2m4c8d1f5g6h0",
                                      maxLength = ApiDocs.ID_MAX, pattern = SchemaPatterns.ID) String brandId,
                              @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX,
                                      example = "2026-05-01T00:00:00Z") Instant at,
                              @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED,
                                      description = "At most one version per promise, oldest promise first"),
                                      maxItems = PromiseService.PROMISES_PER_BRAND_MAX) List<PromiseResponse> items) {
}
