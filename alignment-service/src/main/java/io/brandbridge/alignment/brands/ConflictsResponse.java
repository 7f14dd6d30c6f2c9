package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The incentive conflicts of one snapshot, strongest (most negative z) first. */
@Serdeable
@Schema(description = "Operational targets that work against a commitment at the same touchpoint, strongest first.")
public record ConflictsResponse(@JsonUnwrapped SnapshotStamp snapshot,
                                @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED,
                                        description = "The strongest conflicts, at most " + MAX_ITEMS + "; the summary's conflictCount counts them all"),
                                        maxItems = MAX_ITEMS)
                                List<Conflict> items) {

    /** The most conflicts one answer lists: the strongest, which are the ones worth acting on first. */
    static final int MAX_ITEMS = 1_000;

    static ConflictsResponse from(Snapshot s, List<Conflict> strongestFirst) {
        return new ConflictsResponse(SnapshotStamp.of(s), strongestFirst.subList(0, Math.min(MAX_ITEMS, strongestFirst.size())));
    }
}
