package io.brandbridge.promise.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A commitment row of one promise version, in the order the client gave. */
@MappedEntity("commitment")
public record Commitment(@Id @GeneratedValue @Nullable Long id,
                         String versionId,
                         int position,
                         String commitmentKey,
                         String metric,
                         ComparisonOp op,
                         double threshold,
                         double objective,
                         WindowType windowType,
                         @Nullable Integer windowDays,
                         double weight,
                         int minSample) {
}
