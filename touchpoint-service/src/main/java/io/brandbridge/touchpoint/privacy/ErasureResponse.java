package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(name = "Erasure", description = "What an erasure did; its audit record is `auditId`", example = ErasureExamples.ERASURE)
public record ErasureResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.ID) String brandId,
                              @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "9223372036854775807",
                                      description = "Interactions of the brand that carried the customer and no longer do; 0 for an unknown customer")
                              long interactionsAffected,
                              @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant erasedAt,
                              @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                      example = "era_7m2k9p4q1r8s3t6v0w5x") String auditId) {
}
