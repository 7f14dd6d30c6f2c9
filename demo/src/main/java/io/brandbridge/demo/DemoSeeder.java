package io.brandbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays the platform's story through the gateway for one demo brand: the admin creates keys per
 * role, marketing defines promises, operations defines touchpoints and targets, the integrator
 * pushes 90 days of call-centre and other data as CSV and NDJSON, and a recompute runs. The promises are
 * backdated to the start of the data, as a brand joining with a promise it has long made would, and a
 * backfill job computes the daily history of the days before today. Seeding is skipped when the brand
 * already exists, so a restart keeps its data. Usage:
 * {@code DemoSeeder <gatewayUrl> <adminKey>}.
 */
public final class DemoSeeder {

    private static final int BATCH = 1_000;
    private static final int DAYS = 90;

    private final BrandbridgeApi admin;

    public DemoSeeder(BrandbridgeApi admin) {
        this.admin = admin;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DemoSeeder <gatewayUrl> <adminKey>");
            System.exit(2);
        }
        BrandbridgeApi admin = new BrandbridgeApi(args[0], args[1]);
        DemoSeeder seeder = new DemoSeeder(admin);
        Optional<String> existing = seeder.existingBrand();
        String brandId = existing.orElseGet(() -> seeder.seed(Instant.now(), DAYS, 20261122L).brandId());
        if (admin.get("/api/v1/touchpoints?brandId=" + brandId).path("items").size() < DemoBrand.touchpoints().size()) {
            System.err.println("An earlier demo load was interrupted. Stop Brandbridge, delete ./data and run it again.");
            System.exit(1);
        }
        admin.post("/api/v1/alignment/brands/" + brandId + "/recompute", Map.of());
        System.out.println(new SummaryPrinter(admin).summary(brandId));
        if (existing.isEmpty()) {
            JsonNode job = seeder.backfill(brandId, Instant.now(), DAYS);
            System.out.printf("Daily history of the last %d days is being computed in the background: GET /api/v1/alignment/jobs/%s%n",
                    job.path("daysTotal").asInt(), job.path("id").asText());
        }
    }

    /** The brand and keys a seeding run created, and the data it pushed, for tests to check against. */
    public record Seeded(String brandId, Map<String, String> touchpointIds, Map<String, String> keysByRole, List<Interaction> interactions) {
    }

    public Optional<String> existingBrand() {
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/brands?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode brand : page.path("items")) {
                if (DemoBrand.SLUG.equals(brand.path("slug").asText())) {
                    return Optional.of(brand.path("id").asText());
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return Optional.empty();
    }

    public Seeded seed(Instant end, int days, long seed) {
        List<Interaction> interactions = new DemoDataset(end, days, seed).generate();
        System.out.printf("Loading demo data: brand Northwind Telecom, %d promises, %d touchpoints, %d days, %,d interactions...%n",
                DemoBrand.promises().size(), DemoBrand.touchpoints().size(), days, interactions.size());

        String brandId = admin.post("/api/v1/brands", DemoBrand.brand()).path("id").asText();
        Map<String, String> keys = new HashMap<>();
        for (String role : List.of("MARKETING", "OPERATIONS", "INTEGRATOR", "PARTNER")) {
            JsonNode client = admin.post("/api/v1/admin/clients",
                    Map.of("name", "northwind-" + role.toLowerCase(), "roles", List.of(role), "brands", List.of(brandId)));
            keys.put(role, client.path("key").asText());
        }

        BrandbridgeApi marketing = admin.as(keys.get("MARKETING"));
        for (Map<String, Object> promise : DemoBrand.promises()) {
            String promiseId = marketing.post("/api/v1/brands/" + brandId + "/promises", promise).path("id").asText();
            // In force since the data starts: the brand made these promises long before it joined.
            marketing.post("/api/v1/promises/" + promiseId + "/activate?effectiveFrom=" + dataStart(end, days), Map.of());
        }

        BrandbridgeApi operations = admin.as(keys.get("OPERATIONS"));
        Map<String, String> touchpointIds = new HashMap<>();
        DemoBrand.touchpoints().forEach((key, body) ->
                touchpointIds.put(key, operations.post("/api/v1/touchpoints?brandId=" + brandId, body).path("id").asText()));
        DemoBrand.targets().forEach((key, targets) ->
                targets.forEach(target -> operations.post("/api/v1/touchpoints/" + touchpointIds.get(key) + "/targets", target)));

        push(admin.as(keys.get("INTEGRATOR")), touchpointIds, interactions);
        return new Seeded(brandId, touchpointIds, keys, interactions);
    }

    /** Starts a backfill job over the days before the one {@code end} falls on (brand time zone) that hold data; answers the job. */
    public JsonNode backfill(String brandId, Instant end, int days) {
        LocalDate last = LocalDate.ofInstant(end, DemoDataset.ZONE).minusDays(1);
        LocalDate first = LocalDate.ofInstant(dataStart(end, days), DemoDataset.ZONE);
        return admin.post("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", first.toString(), "to", last.toString()));
    }

    /** The start of the first day the demo data covers (brand time zone); {@link DemoDataset} fills the days up to the one of {@code end}. */
    static Instant dataStart(Instant end, int days) {
        return LocalDate.ofInstant(end, DemoDataset.ZONE).minusDays(days - 1L).atStartOfDay(DemoDataset.ZONE).toInstant();
    }

    /** Call-centre data goes up as CSV, the rest as NDJSON, in batches of a thousand. */
    static void push(BrandbridgeApi integrator, Map<String, String> touchpointIds, List<Interaction> interactions) {
        Map<String, List<Interaction>> byTouchpoint = new HashMap<>();
        interactions.forEach(i -> byTouchpoint.computeIfAbsent(i.touchpoint(), k -> new java.util.ArrayList<>()).add(i));
        byTouchpoint.forEach((key, rows) -> {
            boolean callCentre = key.equals(DemoDataset.LEEDS) || key.equals(DemoDataset.MANILA);
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Interaction> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                String path = "/api/v1/touchpoints/" + touchpointIds.get(key) + "/interactions";
                JsonNode report = callCentre
                        ? integrator.post(path, "text/csv", InteractionFormats.csv(batch))
                        : integrator.post(path, "application/x-ndjson", InteractionFormats.ndjson(batch));
                if (report.path("rejected").asInt() > 0) {
                    throw new IllegalStateException("demo rows were rejected: " + report);
                }
            }
        });
    }
}
