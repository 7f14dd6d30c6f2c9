package io.brandbridge.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * {@code --format amazon-connect-ctr}: the same calls pushed as native NDJSON and as Amazon Connect CTRs (a JSON array per
 * batch, by the vendor media type), each to touchpoints of their own, with the same stored rows; prints both rates and
 * their ratio. A CTR warm-up first, so both readers meet compiled code.
 */
final class VendorFormatTiming {

    static final String CTR = "amazon-connect-ctr";
    private static final String CTR_MEDIA_TYPE = "application/vnd.brandbridge.amazon-connect-ctr+json";

    private final BenchApi api;
    private final String brandId;
    private final BenchOptions options;

    VendorFormatTiming(BenchApi api, String brandId, BenchOptions options) {
        this.api = api;
        this.brandId = brandId;
        this.options = options;
    }

    void run() throws Exception {
        long warmup = Math.min(options.warmup(), options.rows());
        if (warmup > 0) {
            Pusher.Result warm = push(new CallCentreCalls(options.seed() + 2, 1, options.customers()), 1, warmup, "CTR warm-up", true);
            System.out.printf(Locale.ROOT, "CTR warm-up (untimed, its own touchpoint): %,d contacts at %,.0f/s%n", warm.records(), warm.perSecond());
        }
        Pusher.Result nativeRate = push(calls(), options.sites(), options.rows(), "native NDJSON", false);
        Pusher.Result ctrRate = push(calls(), options.sites(), options.rows(), "Amazon Connect CTR", true);
        System.out.printf(Locale.ROOT, "native NDJSON: %,d interactions in %.1f s = %,.0f/s; CTR (%s): %,d contacts in %.1f s = %,.0f/s%n",
                nativeRate.records(), nativeRate.nanos() / 1e9, nativeRate.perSecond(), CTR, ctrRate.records(), ctrRate.nanos() / 1e9,
                ctrRate.perSecond());
        System.out.printf(Locale.ROOT, "CTR / native NDJSON on the same rows = %.2f (target >= 0.7)%n", ctrRate.perSecond() / nativeRate.perSecond());
    }

    private CallCentreCalls calls() {
        return new CallCentreCalls(options.seed(), options.sites(), options.customers());
    }

    private Pusher.Result push(CallCentreCalls calls, int sites, long rows, String label, boolean ctr) throws Exception {
        List<String> touchpoints = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            touchpoints.add(api.createTouchpoint(brandId, "Contact centre " + (s + 1) + " (" + label + ")", "UK"));
        }
        List<Pusher.Batch> batches = new ArrayList<>();
        long index = 0;
        for (long remaining = rows; remaining > 0; ) {
            int size = (int) Math.min(options.batch(), remaining);
            int site = (int) (index++ % sites);
            List<CallCentreCalls.Call> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(calls.next(site));
            }
            batches.add(new Pusher.Batch(touchpoints.get(site), ctr ? ctrArray(batch) : ndjson(batch), size));
            remaining -= size;
        }
        Pusher.Result result = new Pusher(api, brandId, options.clients()).push(batches, ctr ? CTR_MEDIA_TYPE : "application/x-ndjson");
        if (result.accepted() != result.records()) {
            throw new IllegalStateException(label + ": pushed " + result.records() + " but " + result.accepted() + " were accepted");
        }
        return result;
    }

    private static byte[] ctrArray(List<CallCentreCalls.Call> batch) {
        return join(batch, "[", ",", "]", ContactRecords::appendCtr);
    }

    private static byte[] ndjson(List<CallCentreCalls.Call> batch) {
        return join(batch, "", "\n", "\n", ContactRecords::appendNative);
    }

    private static byte[] join(List<CallCentreCalls.Call> batch, String open, String between, String close,
                               BiConsumer<CallCentreCalls.Call, StringBuilder> writer) {
        StringBuilder out = new StringBuilder(batch.size() * 900).append(open);
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) {
                out.append(between);
            }
            writer.accept(batch.get(i), out);
        }
        return out.append(close).toString().getBytes(StandardCharsets.UTF_8);
    }
}
