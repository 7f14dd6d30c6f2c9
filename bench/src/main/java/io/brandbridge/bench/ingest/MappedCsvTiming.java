package io.brandbridge.bench.ingest;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cost of a mapping profile: the same calls pushed as native NDJSON and as a contact-centre export (BOM, {@code ;}, CRLF,
 * London local date and time columns, H:MM:SS talk time, Y/N flags) read through a profile, each to touchpoints of their own.
 */
final class MappedCsvTiming {

    private static final String PROFILE = "vendor-csv";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final String HEADER = "\uFEFFCall ID;Date;Time;Wait (s);Answered (Y/N);Talk time;Transfers;Resolved (Y/N);CSAT;Queue;"
            + "Agent;Caller;Case\r\n";
    private static final String PROFILE_JSON = """
            {"name":"vendor-csv","format":"csv","delimiter":";","externalId":"Call ID",
             "occurredAt":{"date":"Date","time":"Time","pattern":"dd.MM.yyyy HH:mm:ss","timeZone":"Europe/London"},
             "customerRef":"Caller","journeyId":"Case",
             "metrics":[{"source":"Wait (s)","metric":"wait_seconds","transform":"number"},
                        {"source":"Answered (Y/N)","metric":"answered","transform":"boolean"},
                        {"source":"Talk time","metric":"handle_seconds","transform":"duration"},
                        {"source":"Transfers","metric":"transfers","transform":"number"},
                        {"source":"Resolved (Y/N)","metric":"resolved_first_contact","transform":"boolean"},
                        {"source":"CSAT","metric":"csat","transform":"number"}],
             "attributes":[{"source":"Queue","attribute":"queue"},{"source":"Agent","attribute":"agentId"}]}""";

    private final BenchApi api;
    private final String brandId;
    private final BenchOptions options;

    MappedCsvTiming(BenchApi api, String brandId, BenchOptions options) {
        this.api = api;
        this.brandId = brandId;
        this.options = options;
    }

    void run() throws Exception {
        List<String> nativeSites = new ArrayList<>();
        List<String> mappedSites = new ArrayList<>();
        for (int s = 0; s < options.sites(); s++) {
            nativeSites.add(api.createTouchpoint(brandId, "Contact centre " + (s + 1) + " (NDJSON)", "UK"));
            String mapped = api.createTouchpoint(brandId, "Contact centre " + (s + 1) + " (vendor CSV)", "UK");
            api.createMappingProfile(mapped, PROFILE_JSON, brandId);
            mappedSites.add(mapped);
        }
        CallCentreCalls calls = new CallCentreCalls(options.seed(), options.sites(), options.customers());
        List<Pusher.Batch> ndjson = new ArrayList<>();
        List<Pusher.Batch> csv = new ArrayList<>();
        long index = 0;
        for (long remaining = options.rows(); remaining > 0; ) {
            int size = (int) Math.min(options.batch(), remaining);
            int site = (int) (index++ % options.sites());
            StringBuilder lines = new StringBuilder(size * 360);
            StringBuilder rows = new StringBuilder(size * 160).append(HEADER);
            for (int i = 0; i < size; i++) {
                CallCentreCalls.Call call = calls.next(site);
                call.appendJson(lines);
                lines.append('\n');
                appendCsv(rows, call);
            }
            ndjson.add(new Pusher.Batch(nativeSites.get(site), lines.toString().getBytes(StandardCharsets.UTF_8), size));
            csv.add(new Pusher.Batch(mappedSites.get(site), rows.toString().getBytes(StandardCharsets.UTF_8), size));
            remaining -= size;
        }
        Pusher.Result plain = accepted(new Pusher(api, brandId, options.clients()).push(ndjson, "application/x-ndjson"));
        Pusher.Result mapped = accepted(new Pusher(api, brandId, options.clients(), "?mapping=" + PROFILE).push(csv, "text/csv"));
        System.out.printf(Locale.ROOT, "native NDJSON: %,d interactions (%.0f MB) in %.1f s = %,.0f interactions/s%n",
                plain.records(), plain.bytes() / 1e6, plain.nanos() / 1e9, plain.perSecond());
        System.out.printf(Locale.ROOT, "vendor CSV through mapping profile: %,d interactions (%.0f MB) in %.1f s = %,.0f interactions/s%n",
                mapped.records(), mapped.bytes() / 1e6, mapped.nanos() / 1e9, mapped.perSecond());
        System.out.printf(Locale.ROOT, "mapped CSV / native NDJSON = %,.0f / %,.0f interactions/s = %.2f%n",
                mapped.perSecond(), plain.perSecond(), mapped.perSecond() / plain.perSecond());
    }

    private static Pusher.Result accepted(Pusher.Result result) {
        if (result.accepted() != result.records()) {
            throw new IllegalStateException("pushed " + result.records() + " but " + result.accepted() + " were accepted");
        }
        return result;
    }

    /** One export row; an absent metric is a blank cell. */
    private static void appendCsv(StringBuilder out, CallCentreCalls.Call call) {
        ZonedDateTime local = call.at().atZone(LONDON);
        double[] m = call.metrics();
        out.append(call.externalId()).append(';').append(DATE.format(local)).append(';').append(TIME.format(local)).append(';')
                .append(whole(m[0])).append(';').append(yesNo(m[1])).append(';').append(clock(m[2])).append(';').append(whole(m[3]))
                .append(';').append(yesNo(m[4])).append(';').append(whole(m[5])).append(';').append(call.queue()).append(';')
                .append(call.agentId() == null ? "" : call.agentId()).append(';')
                .append(call.customerRef() == null ? "" : call.customerRef()).append(';')
                .append(call.journeyId() == null ? "" : call.journeyId()).append("\r\n");
    }

    private static String whole(double value) {
        return Double.isNaN(value) ? "" : Long.toString((long) value);
    }

    private static String yesNo(double value) {
        return Double.isNaN(value) ? "" : value == 1 ? "Y" : "N";
    }

    private static String clock(double seconds) {
        if (Double.isNaN(seconds)) {
            return "";
        }
        long s = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
