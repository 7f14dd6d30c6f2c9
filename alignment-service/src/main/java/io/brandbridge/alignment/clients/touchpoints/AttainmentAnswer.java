package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Answer of {@code POST /stats/attainment}. Counts are boxed so that a missing one is seen as missing,
 * not read as 0; {@link #defects()} refuses the answer before any of them is used.
 */
@Serdeable
public record AttainmentAnswer(@Nullable Long valid, @Nullable Long good, @Nullable List<TouchpointCounts> byTouchpoint,
                               @Nullable List<BucketCounts> buckets) implements CheckedAnswer {

    public AttainmentAnswer {
        byTouchpoint = byTouchpoint == null ? List.of() : List.copyOf(byTouchpoint);
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
    }

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().count("valid", valid).count("good", good).notMore("good", good, "valid", valid)
                .each("byTouchpoint", byTouchpoint).each("buckets", buckets);
        if (valid != null && good != null && !byTouchpoint.isEmpty() && byTouchpoint.stream().allMatch(t -> t.valid() != null && t.good() != null)) {
            long validSum = byTouchpoint.stream().mapToLong(TouchpointCounts::valid).sum();
            long goodSum = byTouchpoint.stream().mapToLong(TouchpointCounts::good).sum();
            check.rule(validSum == valid && goodSum == good,
                    "byTouchpoint adds up to " + validSum + " valid and " + goodSum + " good, not " + valid + " and " + good);
        }
        return check.defects();
    }

    @Serdeable
    public record TouchpointCounts(String touchpointId, @Nullable Long valid, @Nullable Long good) implements CheckedAnswer {
        @Override
        public List<String> defects() {
            return new AnswerCheck().id("touchpointId", touchpointId).count("valid", valid).count("good", good)
                    .notMore("good", good, "valid", valid).defects();
        }
    }

    @Serdeable
    public record BucketCounts(Instant start, @Nullable Long valid, @Nullable Long good) implements CheckedAnswer {
        @Override
        public List<String> defects() {
            return new AnswerCheck().present("start", start).count("valid", valid).count("good", good)
                    .notMore("good", good, "valid", valid).defects();
        }
    }
}
