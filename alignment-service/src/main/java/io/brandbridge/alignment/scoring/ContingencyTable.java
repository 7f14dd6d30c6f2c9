package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The 2×2 table of interactions that carry both an operational target's metric and a commitment's:
 * whether the target was met, and whether the commitment was kept.
 */
@Serdeable
public record ContingencyTable(@Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long metKept,
                               @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long metBroken,
                               @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long missedKept,
                               @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long missedBroken) {

    public ContingencyTable {
        if (metKept < 0 || metBroken < 0 || missedKept < 0 || missedBroken < 0) {
            throw new IllegalArgumentException("contingency counts must not be negative");
        }
    }

    public long met() {
        return metKept + metBroken;
    }

    public long missed() {
        return missedKept + missedBroken;
    }
}
