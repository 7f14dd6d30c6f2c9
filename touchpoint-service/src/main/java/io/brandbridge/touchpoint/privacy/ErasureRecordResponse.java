package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One audit record: who erased, when and how much; never whom. */
@Serdeable
@Schema(name = "ErasureRecord", description = "An erasure as audited; the erased customerRef and its pseudonym are not kept")
public record ErasureRecordResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                            example = "era_7m2k9p4q1r8s3t6v0w5x") String id,
                                    @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.ID) String brandId,
                                    @Schema(requiredMode = REQUIRED, maxLength = 200, pattern = SchemaPatterns.SINGLE_LINE,
                                            description = "The client that asked, as the gateway's internal token names it", example = "privacy-desk")
                                    String requestedBy,
                                    @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "9223372036854775807") long interactionsAffected,
                                    @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant erasedAt) {

    static ErasureRecordResponse from(ErasureAudit.Entry entry) {
        return new ErasureRecordResponse(entry.id(), entry.brandId(), entry.requestedBy(), entry.interactionsAffected(), entry.erasedAt());
    }
}
