package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Everything computed for one brand at one instant: the index, each promise, the ranked gaps and the conflicts. */
@Serdeable
public record BrandAlignment(@Nullable Double index, List<PromiseAlignment> promises, List<Gap> gaps, List<Conflict> conflicts) {
}
