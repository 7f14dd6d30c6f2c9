package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@Schema(name = "DataPolicy", description = "How a brand's interaction data is handled", example = DataPolicyExamples.POLICY)
public record DataPolicyResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.ID) String brandId,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "90",
                                         description = "A customer's contact more than this many days after the previous one starts a new journey")
                                 int repeatWindowDays,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, minimum = "1", maximum = "3650",
                                         description = "Days raw interactions are kept; null keeps them") @Nullable Integer interactionRetentionDays,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "Whether attribute values that look like personal data are refused") boolean piiGuard,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_DATE_TIME,
                                         description = "When the policy was last replaced; null while the brand runs on the defaults") @Nullable Instant updatedAt) {

    static DataPolicyResponse from(BrandDataPolicy policy) {
        return new DataPolicyResponse(policy.brandId(), policy.repeatWindowDays(), policy.interactionRetentionDays(), policy.piiGuard(),
                policy.updatedAt());
    }
}
