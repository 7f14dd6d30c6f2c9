package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** What every alignment answer says, at its top level, about the snapshot it comes from. */
@Serdeable
public record SnapshotStamp(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String brandId,
                            @Schema(requiredMode = REQUIRED, description = SnapshotFields.AS_OF, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                            Instant asOf,
                            @Schema(requiredMode = REQUIRED, description = SnapshotFields.COMPUTED_AT, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                            Instant computedAt,
                            @Schema(requiredMode = REQUIRED, description = SnapshotFields.STALE)
                            boolean stale) {

    static SnapshotStamp of(Snapshot s) {
        return new SnapshotStamp(s.brandId(), s.asOf(), s.computedAt(), s.stale());
    }
}
