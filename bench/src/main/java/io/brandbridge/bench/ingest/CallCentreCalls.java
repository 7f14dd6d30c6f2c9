package io.brandbridge.bench.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic call-centre interactions, one stream per site: calls arrive during
 * business hours, about 8% are abandoned while waiting (longer waits abandon more), answered calls
 * have a handle time, transfers, first-contact resolution and, for a quarter of them, a CSAT survey.
 * The same seed gives the same calls, so the LOAD DATA baseline loads exactly the pushed rows.
 */
final class CallCentreCalls {

    static final String[] METRICS = {"wait_seconds", "answered", "handle_seconds", "transfers", "resolved_first_contact", "csat"};
    static final Instant START = Instant.parse("2020-01-01T08:00:00Z");
    private static final String[] QUEUES = {"billing", "sales", "support", "tech"};
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One call; metric values are NaN when the call does not carry the metric. */
    record Call(int site, long number, String externalId, Instant at, String journeyId, String customerRef, double[] metrics,
                String queue, String agentId) {

        String metricsJson() {
            StringBuilder json = new StringBuilder(160).append('{');
            for (int m = 0; m < METRICS.length; m++) {
                if (!Double.isNaN(metrics[m])) {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append('"').append(METRICS[m]).append("\":");
                    boolean flag = m == 1 || m == 4;
                    json.append(flag ? (metrics[m] == 1 ? "true" : "false") : Long.toString((long) metrics[m]));
                }
            }
            return json.append('}').toString();
        }

        String attributesJson() {
            return agentId == null ? "{\"queue\":\"" + queue + "\"}" : "{\"queue\":\"" + queue + "\",\"agentId\":\"" + agentId + "\"}";
        }

        String sqlTime() {
            return LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(SQL_TIME);
        }

        void appendJson(StringBuilder out) {
            out.append("{\"externalId\":\"").append(externalId).append("\",\"occurredAt\":\"").append(at).append('"');
            if (journeyId != null) {
                out.append(",\"journeyId\":\"").append(journeyId).append('"');
            }
            if (customerRef != null) {
                out.append(",\"customerRef\":\"").append(customerRef).append('"');
            }
            out.append(",\"metrics\":").append(metricsJson())
                    .append(",\"attributes\":").append(attributesJson()).append('}');
        }
    }

    /** Every call has a customer of its own and 30% a journeyId: the generator's behaviour before customers could be chosen. */
    static final int DISTINCT_CUSTOMERS = -1;

    private final SplittableRandom[] random;
    private final int customers;
    private final long[] clock;
    private final long[] number;
    private final String[] siteCodes;

    CallCentreCalls(long seed, int sites) {
        this(seed, sites, DISTINCT_CUSTOMERS);
    }

    /** {@code customers}: 0 for calls without customerRef or journeyId, N for a customerRef on every call drawn from N customers. */
    CallCentreCalls(long seed, int sites, int customers) {
        this.customers = customers;
        random = new SplittableRandom[sites];
        clock = new long[sites];
        number = new long[sites];
        siteCodes = new String[sites];
        for (int s = 0; s < sites; s++) {
            random[s] = new SplittableRandom(seed * 1_000_003 + s);
            clock[s] = START.getEpochSecond();
            siteCodes[s] = "cc" + (s + 1);
        }
    }

    /** The next call of {@code site}, later than the previous one. */
    Call next(int site) {
        SplittableRandom r = random[site];
        // About 3,000 calls a day per site, 08:00 to 20:00 UTC.
        long t = clock[site] + 1 + (long) (-Math.log(1 - r.nextDouble()) * 13.4);
        long secondOfDay = Math.floorMod(t, 86_400L);
        if (secondOfDay >= 20 * 3600) {
            t = t - secondOfDay + 86_400 + 8 * 3600;
        }
        clock[site] = t;
        long n = ++number[site];
        double[] m = new double[METRICS.length];
        java.util.Arrays.fill(m, Double.NaN);
        double wait = Math.floor(-Math.log(1 - r.nextDouble()) * 40);
        m[0] = wait;
        boolean answered = r.nextDouble() >= Math.min(0.6, wait / 700);
        m[1] = answered ? 1 : 0;
        String agent = null;
        if (answered) {
            double handle = Math.floor(Math.exp(Math.log(240) + 0.5 * gaussian(r)));
            int transfers = r.nextDouble() < 0.8 ? 0 : r.nextDouble() < 0.75 ? 1 : 2;
            // Rushed calls are resolved less often: the tension alignment-service looks for.
            double resolvedChance = 0.45 + 0.4 * Math.min(1, handle / 600) - 0.15 * transfers;
            boolean resolved = r.nextDouble() < resolvedChance;
            m[2] = handle;
            m[3] = transfers;
            m[4] = resolved ? 1 : 0;
            if (r.nextDouble() < 0.25) {
                double csat = 3.6 + (resolved ? 0.9 : -0.6) - (wait > 120 ? 1 : 0) + gaussian(r) * 0.8;
                m[5] = Math.max(1, Math.min(5, Math.round(csat)));
            }
            agent = "agent-" + (100 + r.nextInt(400));
        }
        Instant at = Instant.ofEpochSecond(t);
        String journey = r.nextDouble() < 0.3 ? "jrn-" + Long.toHexString(r.nextLong() & 0xffffffffffL) : null;
        String customer = "cust-" + Long.toHexString(r.nextLong() & 0xfffffffffL);
        if (customers != DISTINCT_CUSTOMERS) {
            journey = null;
            customer = customers == 0 ? null : "cust-" + r.nextInt(customers);
        }
        String externalId = siteCodes[site] + "-" + LocalDateTime.ofInstant(at, ZoneOffset.UTC).toLocalDate().toString().replace("-", "")
                + "-" + n;
        return new Call(site, n, externalId, at, journey, customer, m, QUEUES[r.nextInt(QUEUES.length)], agent);
    }

    /** The time of the latest call generated for any site. */
    Instant latest() {
        long max = Long.MIN_VALUE;
        for (long c : clock) {
            max = Math.max(max, c);
        }
        return Instant.ofEpochSecond(max);
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
