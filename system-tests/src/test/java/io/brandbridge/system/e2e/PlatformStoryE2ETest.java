package io.brandbridge.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.demo.BrandbridgeApi;
import io.brandbridge.demo.DemoDataset;
import io.brandbridge.demo.DemoSeeder;
import io.brandbridge.system.platform.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform's story through the gateway only, with every service a real process on MariaDB:
 * the admin creates keys, marketing defines promises, operations defines touchpoints and targets,
 * the integrator pushes call-centre data as CSV and the rest as NDJSON, a recompute runs, and the
 * partner reads scores, gaps and conflicts. Every figure is checked against a count of the pushed data.
 */
@EnabledIfSystemProperty(named = "brandbridge.test.db", matches = "mariadb")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformStoryE2ETest {

    private static final Instant END = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final int DAYS = 35;
    private static Instant asOf;
    private static Platform platform;
    private static DemoSeeder.Seeded seeded;
    private static BrandbridgeApi partner;
    private static IndependentCount count;
    private static IndependentJourneys journeys;
    private static Map<String, String> touchpointKeyById;

    @BeforeAll
    static void playTheStory() {
        platform = new Platform().start();
        BrandbridgeApi admin = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey());
        seeded = new DemoSeeder(admin).seed(END, DAYS, 42L);
        // Scores are taken as of a moment after the data ends.
        asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        admin.post("/api/v1/alignment/brands/" + seeded.brandId() + "/recompute?asOf=" + asOf, Map.of());
        partner = admin.as(seeded.keysByRole().get("PARTNER"));
        journeys = new IndependentJourneys(seeded.interactions(), seeded.touchpointIds(), Duration.ofDays(7));
        count = new IndependentCount(journeys.withDerivedMetrics(seeded.interactions()));
        touchpointKeyById = new HashMap<>();
        seeded.touchpointIds().forEach((key, id) -> touchpointKeyById.put(id, key));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyCommitmentFigureMatchesAnIndependentCount() {
        // Pinned to the story's recompute: a scheduled round may have stored a newer snapshot since.
        JsonNode brand = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "?asOf=" + asOf);
        assertEquals(asOf, Instant.parse(brand.path("asOf").asText()));
        assertFalse(brand.path("stale").asBoolean());
        int commitmentsChecked = 0;
        for (JsonNode summary : brand.path("promises")) {
            JsonNode promise = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/promises/" + summary.path("promiseId").asText()
                    + "?asOf=" + asOf);
            for (JsonNode c : promise.path("commitments")) {
                Instant from = Instant.parse(c.path("from").asText());
                Instant to = Instant.parse(c.path("to").asText());
                assertEquals(asOf, to);
                List<String> keys = touchpointKeys(c.path("touchpoints"));
                IndependentCount.Counts pooled = count.count(keys, c.path("metric").asText(), c.path("op").asText(), c.path("threshold").asDouble(), from, to);
                assertEquals(pooled.valid(), c.path("valid").asLong(), c.path("key").asText() + " valid");
                assertEquals(pooled.good(), c.path("good").asLong(), c.path("key").asText() + " good");
                double objective = c.path("objective").asDouble();
                assertEquals(pooled.attainment(), c.path("attainment").asDouble(), 1e-9);
                assertEquals(pooled.valid() - pooled.good(), c.path("brokenPromises").asLong());
                double allowedBad = (1 - objective) * pooled.valid();
                assertEquals(allowedBad, c.path("allowedBad").asDouble(), 1e-6);
                assertEquals(Math.max(0, pooled.valid() - pooled.good() - allowedBad), c.path("excessBroken").asDouble(), 1e-6);
                assertEquals(1 - (pooled.valid() - pooled.good()) / allowedBad, c.path("budgetRemaining").asDouble(), 1e-9);
                assertEquals(100 * Math.min(1, pooled.attainment() / objective), c.path("score").asDouble(), 1e-9);
                for (JsonNode t : c.path("touchpoints")) {
                    IndependentCount.Counts at = count.count(List.of(touchpointKeyById.get(t.path("touchpointId").asText())),
                            c.path("metric").asText(), c.path("op").asText(), c.path("threshold").asDouble(), from, to);
                    assertEquals(at.valid(), t.path("valid").asLong());
                    assertEquals(at.good(), t.path("good").asLong());
                }
                commitmentsChecked++;
            }
        }
        assertEquals(12, commitmentsChecked);
    }

    @Test
    void theStoryShowsBrokenPromisesAndTheHandleTimeConflict() {
        JsonNode brand = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "?asOf=" + asOf);
        Map<String, String> status = statusByTitle(brand);
        assertEquals("BROKEN", status.get("Answered within a minute"), status.toString());
        assertEquals("BROKEN", status.get("Sorted first time"), status.toString());
        assertEquals("KEPT", status.get("At your door tomorrow"), status.toString());

        JsonNode conflicts = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/conflicts?asOf=" + asOf).path("items");
        JsonNode conflict = null;
        for (JsonNode candidate : conflicts) {
            assertEquals(seeded.touchpointIds().get(DemoDataset.MANILA), candidate.path("touchpointId").asText(), "only the outsourced centre has rushed calls");
            if (candidate.path("target").path("metric").asText().equals("handle_seconds")
                    && candidate.path("commitment").path("metric").asText().equals("resolved_first_contact")) {
                conflict = candidate;
            }
        }
        assertTrue(conflict != null, "the handle-time target works against first-contact resolution: " + conflicts);

        long[] table = count.contingency(DemoDataset.MANILA, "handle_seconds", "LE", 180, "resolved_first_contact", "EQ", 1,
                Instant.parse(conflict.path("from").asText()), Instant.parse(conflict.path("to").asText()));
        double p1 = table[0] / (double) (table[0] + table[1]);
        double p0 = table[2] / (double) (table[2] + table[3]);
        double pooled = (table[0] + table[2]) / (double) (table[0] + table[1] + table[2] + table[3]);
        double z = (p1 - p0) / Math.sqrt(pooled * (1 - pooled) * (1.0 / (table[0] + table[1]) + 1.0 / (table[2] + table[3])));
        assertEquals(p1, conflict.path("p1").asDouble(), 1e-9);
        assertEquals(p0, conflict.path("p0").asDouble(), 1e-9);
        assertEquals(z, conflict.path("z").asDouble(), 1e-6);
        assertTrue(conflict.path("sentence").asText().contains(Math.round(100 * p1) + "%"), conflict.path("sentence").asText());
    }

    /**
     * The first history example: the data is a past month, the promises were backdated to its start when activated, and a
     * backfill computes every day before today. Each day's trend point equals an independent count over the pushed data.
     */
    @Test
    void theBackfilledHistoryOfEveryDayMatchesAnIndependentCount() throws InterruptedException {
        BrandbridgeApi operations = partner.as(seeded.keysByRole().get("OPERATIONS"));
        JsonNode job = new DemoSeeder(operations).backfill(seeded.brandId(), END, DAYS);
        long deadline = System.currentTimeMillis() + 180_000;
        while (List.of("QUEUED", "RUNNING").contains(job.path("state").asText())) {
            assertTrue(System.currentTimeMillis() < deadline, "the backfill finishes within 3 minutes: " + job);
            Thread.sleep(200);
            job = operations.get("/api/v1/alignment/jobs/" + job.path("id").asText());
        }
        assertEquals("SUCCEEDED", job.path("state").asText(), job.toString());
        assertEquals(DAYS - 1, job.path("daysTotal").asInt());
        assertEquals(DAYS - 1, job.path("daysDone").asInt());

        ZoneId zone = DemoDataset.ZONE;
        LocalDate today = LocalDate.ofInstant(END, zone);
        Instant from = today.minusDays(DAYS - 1L).atStartOfDay(zone).toInstant();
        Instant to = today.atStartOfDay(zone).toInstant();
        int pointsChecked = 0;
        for (JsonNode summary : partner.get("/api/v1/alignment/brands/" + seeded.brandId()).path("promises")) {
            String promiseId = summary.path("promiseId").asText();
            for (JsonNode commitment : partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/promises/" + promiseId).path("commitments")) {
                String key = commitment.path("key").asText();
                JsonNode points = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/trend?promiseId=" + promiseId + "&commitmentKey=" + key
                        + "&from=" + from + "&to=" + to).path("items");
                assertEquals(DAYS - 1, points.size(), key);
                for (JsonNode point : points) {
                    assertTrue(point.path("inForce").asBoolean(), key + " is backdated to the start of the data: " + point);
                    // The breakdown as of the same instant gives the window; the count over it is the truth. Paced under the key's rate limit.
                    Thread.sleep(25);
                    JsonNode asOfDay = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/promises/" + promiseId + "?asOf=" + point.path("asOf").asText());
                    JsonNode c = commitmentOf(asOfDay, key);
                    assertEquals(point.path("asOf").asText(), c.path("to").asText());
                    IndependentCount.Counts pooled = count.count(touchpointKeys(c.path("touchpoints")), c.path("metric").asText(), c.path("op").asText(),
                            c.path("threshold").asDouble(), Instant.parse(c.path("from").asText()), Instant.parse(c.path("to").asText()));
                    assertEquals(pooled.valid(), point.path("valid").asLong(), key + " " + point.path("day").asText());
                    assertEquals(pooled.good(), point.path("good").asLong(), key + " " + point.path("day").asText());
                    for (JsonNode t : point.path("touchpoints")) {
                        IndependentCount.Counts at = count.count(List.of(touchpointKeyById.get(t.path("touchpointId").asText())), c.path("metric").asText(),
                                c.path("op").asText(), c.path("threshold").asDouble(), Instant.parse(c.path("from").asText()), Instant.parse(c.path("to").asText()));
                        assertEquals(at.valid(), t.path("valid").asLong());
                        assertEquals(at.good(), t.path("good").asLong());
                    }
                    pointsChecked++;
                }
            }
        }
        assertEquals(12 * (DAYS - 1), pointsChecked);
        JsonNode history = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/history?from=" + from + "&to=" + to).path("items");
        assertEquals(DAYS - 1, history.size());
        history.forEach(day -> assertFalse(day.path("outOfDate").asBoolean()));
    }

    private static JsonNode commitmentOf(JsonNode promise, String key) {
        for (JsonNode c : promise.path("commitments")) {
            if (c.path("key").asText().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no commitment " + key + " in " + promise);
    }

    /** The poor handoff the demo data holds: help centre to Manila, first in the ranking, counted like a brute-force journey builder. */
    @Test
    void thePoorHandoffComesFirstWithFiguresFromAnIndependentJourneyBuilder() {
        JsonNode answer = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/handoffs?asOf=" + asOf);
        assertEquals(asOf, Instant.parse(answer.path("asOf").asText()));
        Instant from = Instant.parse(answer.path("window").path("from").asText());
        Instant to = Instant.parse(answer.path("window").path("to").asText());
        long[] counts = journeys.journeyCounts(from, to);
        assertEquals(counts[0], answer.path("journeys").asLong());
        assertEquals(counts[1], answer.path("oneContactJourneys").asLong());
        Map<List<String>, IndependentJourneys.Handoff> expected = journeys.handoffs(from, to);
        JsonNode handoffs = answer.path("handoffs");
        assertEquals(expected.size(), handoffs.size(), handoffs.toString());
        for (JsonNode h : handoffs) {
            IndependentJourneys.Handoff e = expected.get(List.of(touchpointKeyById.get(h.path("fromTouchpointId").asText()),
                    touchpointKeyById.get(h.path("toTouchpointId").asText())));
            assertEquals(e.count(), h.path("count").asLong(), h.toString());
            assertEquals(e.followedUp(), h.path("followedUp").asLong(), h.toString());
        }
        JsonNode worst = handoffs.get(0);
        assertEquals(seeded.touchpointIds().get(DemoDataset.HELP), worst.path("fromTouchpointId").asText(), worst.toString());
        assertEquals(seeded.touchpointIds().get(DemoDataset.MANILA), worst.path("toTouchpointId").asText(), worst.toString());
        String sentence = worst.path("sentence").asText();
        assertTrue(sentence.contains("Help centre") && sentence.contains("Manila contact centre"), sentence);
        assertTrue(sentence.contains(Math.round(100 * worst.path("followedUp").asDouble() / worst.path("count").asDouble()) + "%"), sentence);
    }

    /** Runs last: erasing a customer changes what is derived from the link, which the figure checks above count on. */
    @Test
    @Order(Integer.MAX_VALUE)
    void erasingACustomerUnlinksEveryInteractionAndTheJourneyLookupFindsNothing() {
        BrandbridgeApi admin = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey());
        BrandbridgeApi operations = admin.as(seeded.keysByRole().get("OPERATIONS"));
        Map<String, Long> contactsByCustomer = new HashMap<>();
        seeded.interactions().stream().filter(i -> i.customerRef() != null)
                .forEach(i -> contactsByCustomer.merge(i.customerRef(), 1L, Long::sum));
        String customer = contactsByCustomer.entrySet().stream().filter(e -> e.getValue() >= 3).findFirst().orElseThrow().getKey();
        String lookup = "/api/v1/touchpoints/" + seeded.touchpointIds().get(DemoDataset.HELP) + "/journeys/lookup";
        long before = 0;
        for (JsonNode journey : operations.post(lookup, Map.of("customerRef", customer)).path("journeys")) {
            before += journey.path("contacts").size();
        }
        assertTrue(before >= contactsByCustomer.get(customer), "the lookup finds the customer's contacts: " + before);

        JsonNode erased = admin.post("/api/v1/brands/" + seeded.brandId() + "/erasure", Map.of("customerRef", customer));

        assertEquals(contactsByCustomer.get(customer), erased.path("interactionsAffected").asLong(), erased.toString());
        JsonNode after = operations.post(lookup, Map.of("customerRef", customer));
        assertEquals(0, after.path("journeys").size(), after.toString());
        assertEquals(0, countStored("SELECT COUNT(*) FROM interaction WHERE customer_ref = '" + customer + "'"), "the raw value is never stored");
    }

    private static long countStored(String sql) {
        try (var connection = platform.connect("touchpoint-service"); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void gapsAreRankedByCustomersLetDownBeyondTheBudget() {
        JsonNode gaps = partner.get("/api/v1/alignment/brands/" + seeded.brandId() + "/gaps?asOf=" + asOf).path("items");
        assertTrue(gaps.size() >= 2, gaps.toString());
        for (int i = 1; i < gaps.size(); i++) {
            assertTrue(gaps.get(i - 1).path("excessBroken").asDouble() >= gaps.get(i).path("excessBroken").asDouble());
        }
        JsonNode first = gaps.get(0);
        IndependentCount.Counts at = count.count(List.of(touchpointKeyById.get(first.path("touchpointId").asText())), first.path("metric").asText(),
                first.path("op").asText(), first.path("threshold").asDouble(), asOf.minus(28, ChronoUnit.DAYS), asOf);
        assertEquals(at.valid() - at.good(), first.path("brokenPromises").asLong());
    }

    @Test
    void aPartnerSeesOnlyItsOwnBrands() {
        BrandbridgeApi admin = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey());
        String otherBrand = admin.post("/api/v1/brands", Map.of("name", "Other", "slug", "other-" + END.getEpochSecond(), "timeZone", "UTC")).path("id").asText();
        String otherKey = admin.post("/api/v1/admin/clients", Map.of("name", "other-partner", "roles", List.of("PARTNER"), "brands", List.of(otherBrand))).path("key").asText();
        BrandbridgeApi.ApiException refused = assertThrows(BrandbridgeApi.ApiException.class,
                () -> partner.as(otherKey).get("/api/v1/alignment/brands/" + seeded.brandId()));
        assertEquals(404, refused.status());
        BrandbridgeApi.ApiException forbidden = assertThrows(BrandbridgeApi.ApiException.class, () -> partner.get("/api/v1/touchpoints?brandId=" + seeded.brandId()));
        assertEquals(403, forbidden.status());
    }

    @Test
    void servicesRefuseCallsThatBypassTheGateway() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String module : List.of("promise-service", "touchpoint-service", "alignment-service")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(platform.service(module).url() + "/api/v1/brands")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, response.statusCode(), module);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), module);
        }
    }

    @Test
    void gatewayHealthListsTheThreeServices() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(platform.service("gateway").managementUrl() + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
        for (String module : List.of("promise-service", "touchpoint-service", "alignment-service")) {
            assertTrue(health.body().contains(module), health.body());
        }
    }

    @Test
    void storedInteractionsEqualWhatWasPushed() throws Exception {
        try (var connection = platform.connect("touchpoint-service");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT touchpoint_seq, external_id) FROM interaction")) {
            rows.next();
            assertEquals(seeded.interactions().size(), rows.getLong(1));
            assertEquals(rows.getLong(1), rows.getLong(2));
        }
    }

    private static List<String> touchpointKeys(JsonNode touchpoints) {
        Set<String> keys = new java.util.TreeSet<>();
        touchpoints.forEach(t -> keys.add(touchpointKeyById.get(t.path("touchpointId").asText())));
        return List.copyOf(keys);
    }

    private static Map<String, String> statusByTitle(JsonNode brand) {
        Map<String, String> status = new HashMap<>();
        brand.path("promises").forEach(p -> status.put(p.path("title").asText(), p.path("status").asText()));
        return status;
    }
}
