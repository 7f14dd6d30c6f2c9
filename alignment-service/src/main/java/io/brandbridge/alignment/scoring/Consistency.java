package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigInteger;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * How evenly the touchpoints keep one commitment: spread = max_t attainment_t − min_t attainment_t over
 * touchpoints with valid_t ≥ minSample, flagged when spread &gt; 0.15 (decided exactly on the counts).
 * With fewer than two such touchpoints there is nothing to compare: spread is null and nothing is flagged.
 */
@Serdeable
@Schema(description = "How evenly the touchpoints keep one commitment: spread = max_t attainment_t − min_t attainment_t over touchpoints "
        + "with valid_t ≥ minSample, flagged when spread > 0.15 (decided exactly on the counts). With fewer than two such touchpoints "
        + "there is nothing to compare: spread, bestTouchpointId and worstTouchpointId are null and nothing is flagged.")
public record Consistency(@Schema(requiredMode = REQUIRED, format = "int32", minimum = "0", maximum = Limits.TOUCHPOINTS_TEXT) int touchpointsCompared,
                          @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "1") @Nullable Double spread,
                          @Schema(requiredMode = REQUIRED) boolean flagged,
                          @Schema(requiredMode = REQUIRED, nullable = true, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID)
                          @Nullable String bestTouchpointId,
                          @Schema(requiredMode = REQUIRED, nullable = true, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID)
                          @Nullable String worstTouchpointId) {

    /** 0.15 as a fraction, so the comparison needs no rounding. */
    private static final BigInteger LIMIT_NUMERATOR = BigInteger.valueOf(3);
    private static final BigInteger LIMIT_DENOMINATOR = BigInteger.valueOf(20);

    public static Consistency of(Map<String, Counts> byTouchpoint, int minSample) {
        String best = null;
        String worst = null;
        int compared = 0;
        for (Map.Entry<String, Counts> entry : byTouchpoint.entrySet()) {
            Counts counts = entry.getValue();
            if (!StatusRule.hasData(counts, minSample)) {
                continue;
            }
            compared++;
            if (best == null || compare(counts, byTouchpoint.get(best)) > 0) {
                best = entry.getKey();
            }
            if (worst == null || compare(counts, byTouchpoint.get(worst)) < 0) {
                worst = entry.getKey();
            }
        }
        if (compared < 2) {
            return new Consistency(compared, null, false, null, null);
        }
        Counts high = byTouchpoint.get(best);
        Counts low = byTouchpoint.get(worst);
        double spread = (double) high.good() / high.valid() - (double) low.good() / low.valid();
        // g1/v1 − g2/v2 > 3/20  ⇔  20 · (g1·v2 − g2·v1) > 3 · v1 · v2
        BigInteger difference = big(high.good()).multiply(big(low.valid())).subtract(big(low.good()).multiply(big(high.valid())));
        boolean flagged = difference.multiply(LIMIT_DENOMINATOR).compareTo(LIMIT_NUMERATOR.multiply(big(high.valid())).multiply(big(low.valid()))) > 0;
        return new Consistency(compared, Math.max(0, spread), flagged, best, worst);
    }

    /** Compares attainments g1/v1 and g2/v2 exactly. */
    private static int compare(Counts a, Counts b) {
        return big(a.good()).multiply(big(b.valid())).compareTo(big(b.good()).multiply(big(a.valid())));
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
