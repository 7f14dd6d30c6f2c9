package io.brandbridge.bench.alignment;

import java.util.Arrays;
import java.util.Locale;

/** Request latencies of one endpoint, in nanoseconds, and their percentiles; the gateway benchmarks use it too. */
public final class Latencies {

    private long[] values = new long[1 << 16];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The q-quantile in milliseconds (nearest rank). */
    public synchronized double quantileMillis(double q) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    public String summary(double seconds) {
        return String.format(Locale.ROOT, "%8d requests %7.0f/s   p50 %6.2f ms   p90 %6.2f ms   p99 %6.2f ms   p99.9 %6.2f ms   max %7.2f ms",
                count(), count() / seconds, quantileMillis(0.5), quantileMillis(0.9), quantileMillis(0.99), quantileMillis(0.999), quantileMillis(1.0));
    }
}
