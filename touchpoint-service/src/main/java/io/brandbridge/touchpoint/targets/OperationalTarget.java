package io.brandbridge.touchpoint.targets;

import io.brandbridge.touchpoint.metrics.Comparison;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An operational target row; {@code revision} counts stored changes and feeds the ETag. */
@MappedEntity("operational_target")
public record OperationalTarget(@Id String id,
                                String touchpointId,
                                String metric,
                                Comparison op,
                                double threshold,
                                TargetKind kind,
                                String rationale,
                                long revision,
                                Instant createdAt,
                                Instant updatedAt) {
}
