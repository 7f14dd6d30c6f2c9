package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The per-bucket counts of one attainment answer over [from, to). A sub-window [start, to) is read from
 * it without asking again: buckets starting at or after {@code start} lie inside it, and at most one
 * bucket straddles {@code start}, whose share is unknown. Buckets that do not add up to the total
 * (for example none were returned) are not used.
 */
public record BucketSeries(Instant from, Instant to, Counts total, List<Bucket> buckets, Duration bucketLength) {

    /** What the buckets say about [start, to): the counts surely inside, plus those of a bucket only partly inside. */
    public record Evidence(Counts inside, Counts straddling) {
        public boolean isExact() {
            return straddling.valid() == 0;
        }
    }

    /** Evidence for [start, to), or null when the buckets cannot tell. */
    @Nullable
    public Evidence evidenceFrom(Instant start) {
        if (!start.isAfter(from)) {
            return new Evidence(total, Counts.ZERO);
        }
        if (!addsUp()) {
            return null;
        }
        Counts inside = Counts.ZERO;
        Counts straddling = Counts.ZERO;
        for (Bucket bucket : buckets) {
            if (!bucket.start().isBefore(start)) {
                inside = inside.plus(bucket.counts());
            } else if (bucket.start().plus(bucketLength).isAfter(start)) {
                straddling = straddling.plus(bucket.counts());
            }
        }
        return new Evidence(inside, straddling);
    }

    private boolean addsUp() {
        Counts sum = Counts.ZERO;
        for (Bucket bucket : buckets) {
            sum = sum.plus(bucket.counts());
        }
        return sum.equals(total);
    }
}
