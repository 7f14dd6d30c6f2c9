package io.brandbridge.bench.alignment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Realistic call-centre interactions as CSV batches: wait time (mostly short, a long tail), answered,
 * handle time around 200 s, and first-contact resolution that is lower for calls cut short (under 180 s),
 * so the handle-time target conflicts with it. Each touchpoint's calls are spread evenly over the span.
 */
final class CallRecords {

    static final String HEADER = "externalId,occurredAt,m.wait_seconds,m.answered,m.handle_seconds,m.resolved_first_contact\n";

    private CallRecords() {
    }

    /** Rows [from, to) of one touchpoint that has {@code perTouchpoint} calls over the {@code span} ending at {@code end}. */
    static byte[] csv(int touchpoint, long from, long to, long perTouchpoint, Instant end, Duration span) {
        StringBuilder csv = new StringBuilder(HEADER.length() + (int) (to - from) * 72).append(HEADER);
        long spanMillis = span.toMillis();
        for (long n = from; n < to; n++) {
            SplittableRandom rnd = new SplittableRandom(touchpoint * 1_000_003L + n);
            Instant at = end.minusMillis(spanMillis - (spanMillis * n) / perTouchpoint);
            int wait = (int) Math.min(900, -Math.log(1 - rnd.nextDouble()) * 25);
            boolean answered = rnd.nextInt(100) < 95;
            int handle = (int) Math.max(30, 200 + rnd.nextGaussian() * 80);
            boolean resolved = rnd.nextInt(100) < (handle <= 180 ? 65 : 85);
            csv.append('t').append(touchpoint).append('-').append(n).append(',').append(at).append(',').append(wait).append(',')
                    .append(answered ? 1 : 0).append(',').append(handle).append(',').append(resolved ? 1 : 0).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
