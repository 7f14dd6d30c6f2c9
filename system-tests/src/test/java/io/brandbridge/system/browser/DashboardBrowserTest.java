package io.brandbridge.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.demo.BrandbridgeApi;
import io.brandbridge.demo.DemoSeeder;
import io.brandbridge.system.contract.NodeTools;
import io.brandbridge.system.platform.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in Debian's Chromium against the real platform with the demo data (issue 18): each test runs one test of
 * the Node suite in {@code system-tests/browser}, which compares every figure on the page with the API's answer, saves a
 * screenshot under {@code target/screenshots} and runs axe. The last two end a service to see the outage pages.
 */
@EnabledIfSystemProperty(named = "brandbridge.test.db", matches = "mariadb")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SUITE = ROOT.resolve("system-tests/browser");
    private static final Path CLIENT = ROOT.resolve("clients/typescript");
    private static final Path SCREENSHOTS = ROOT.resolve("system-tests/target/screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    // A month of data and its daily history, so that the trends and sparklines have something to draw.
    private static final int DAYS = 35;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Map<String, JsonNode> RESULTS = new LinkedHashMap<>();
    private static Platform platform;
    private static BrandbridgeApi admin;
    private static Map<String, String> environment;

    @BeforeAll
    static void startThePlatformWithTheDemoData() throws Exception {
        // A developer without Chromium may skip the suite; in CI a skipped browser suite would pass unseen, so it fails.
        if (System.getenv("CI") != null) {
            assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: CI must install Debian's chromium for the browser suite");
            assertTrue(NodeTools.available(), "Node.js (npx) is not installed: CI must install it for the browser suite");
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (apt-get install chromium): the browser suite is skipped");
        Assumptions.assumeTrue(NodeTools.available(), "Node.js (npx) is not installed: the browser suite is skipped");
        NodeTools.install(CLIENT);
        NodeTools.install(SUITE);
        NodeTools.Run compiled = NodeTools.run(SUITE, List.of("npx", "--no-install", "tsc", "-p", "tsconfig.json"), Map.of(), 300);
        assertTrue(compiled.passed(), "the browser suite does not type-check:\n" + compiled.output());

        // Keys refused on purpose and pages read in quick succession: the throttles are the security suites' subject.
        // The webhooks test subscribes receivers of its own on loopback.
        platform = new Platform(Map.of("AUTH_FAILURE_LIMIT", "100000", "RATE_LIMIT_PER_SECOND", "1000", "WEBHOOK_ALLOWED_HOSTS", "127.0.0.1")).start();
        assertServesTheDashboard(platform.gatewayUrl());
        admin = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey());
        DemoSeeder seeder = new DemoSeeder(admin);
        DemoSeeder.Seeded seeded = seeder.seed(NOW, DAYS, 20261122L);
        admin.post("/api/v1/alignment/brands/" + seeded.brandId() + "/recompute", Map.of());
        awaitBackfill(seeder.backfill(seeded.brandId(), NOW, DAYS));
        String otherBrandId = admin.post("/api/v1/brands", Map.of("name", "Contoso Mobile", "slug", "contoso-mobile", "timeZone", "Europe/Paris"))
                .path("id").asText();
        admin.post("/api/v1/alignment/brands/" + otherBrandId + "/recompute", Map.of());
        String partnerKey = admin.post("/api/v1/admin/clients", Map.of("name", "northwind-dashboard-partner", "roles", List.of("PARTNER"),
                "brands", List.of(seeded.brandId()))).path("key").asText();
        environment = Map.of("GATEWAY_URL", platform.gatewayUrl(), "ADMIN_KEY", platform.adminKey(), "PARTNER_KEY", partnerKey,
                "BRAND_ID", seeded.brandId(), "OTHER_BRAND_ID", otherBrandId, "SCREENSHOT_DIR", SCREENSHOTS.toString());
    }

    @AfterAll
    static void stopAndPrintTheResults() {
        if (platform != null) {
            platform.close();
        }
        System.out.printf("Browser suite: %s; screenshots in %s%n", RESULTS, SCREENSHOTS);
    }

    @Test
    @Order(1)
    void adminSignsInAndABadKeyIsRefusedWithAMessage() {
        browserTest("admin-sign-in");
    }

    @Test
    @Order(2)
    void partnerSeesOnlyItsBrandEvenWhenTheUrlNamesAnother() {
        browserTest("partner-sign-in");
    }

    @Test
    @Order(3)
    void overviewShowsTheIndexAndEveryPromiseWithTheApisFigures() {
        browserTest("overview");
    }

    @Test
    @Order(4)
    void promiseHeatMapCellsEqualTheBreakdown() {
        browserTest("promise");
    }

    @Test
    @Order(5)
    void gapsMatchTheApi() {
        browserTest("gaps");
    }

    @Test
    @Order(6)
    void conflictsMatchTheApi() {
        browserTest("conflicts");
    }

    @Test
    @Order(7)
    void handoffsMatchTheApi() {
        browserTest("handoffs");
    }

    @Test
    @Order(8)
    void touchpointsPageListsEveryTouchpoint() {
        browserTest("touchpoints");
    }

    @Test
    @Order(9)
    void expiredKeyReturnsToSignInWithAMessage() {
        browserTest("expired-key");
    }

    @Test
    @Order(10)
    void revokedKeyReturnsToSignInWithAMessage() {
        browserTest("revoked-key");
    }

    /** A partner's subscriptions to receivers of the test's own, one disabled by a 410, and a test event sent from the page. */
    @Test
    @Order(11)
    void webhooksShowEachSubscriptionsStateAndNewestDeliveries() {
        browserTest("webhooks");
    }

    /** A recompute that fails because touchpoint-service is down marks the newest snapshot stale; alignment keeps serving it. */
    @Test
    @Order(12)
    void staleReadsShowTheBannerAboveTheLastGoodFigures() {
        String brandId = environment.get("BRAND_ID");
        platform.service("touchpoint-service").stop();
        try {
            admin.post("/api/v1/alignment/brands/" + brandId + "/recompute", Map.of());
        } catch (BrandbridgeApi.ApiException expected) {
            // The recompute is meant to fail: that failure is what marks the snapshot stale.
        }
        assertTrue(admin.get("/api/v1/alignment/brands/" + brandId).path("stale").asBoolean(), "the snapshot is stale after the failed recompute");
        browserTest("stale-banner");
    }

    /** The browser test kills alignment-service itself, with the overview open, so the page has answers to fall back on. */
    @Test
    @Order(13)
    void killedAlignmentServiceShowsTheStaleBannerNotABlankPage() {
        Map<String, String> withPid = new HashMap<>(environment);
        withPid.put("ALIGNMENT_PID", Long.toString(platform.service("alignment-service").pid()));
        browserTest("alignment-down", withPid);
    }

    private static void browserTest(String name) {
        browserTest(name, environment);
    }

    private static void browserTest(String name, Map<String, String> variables) {
        NodeTools.step(SUITE, "dist/system-tests/browser/src/main.js", name, variables, RESULTS);
    }

    private static void assertServesTheDashboard(String gatewayUrl) throws IOException, InterruptedException {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "the gateway serves the dashboard at /: package gateway with the dashboard built (-pl gateway -am)");
        assertTrue(page.body().contains("<html"), "the gateway's / answers the dashboard's index.html: " + page.body());
    }

    private static void awaitBackfill(JsonNode started) throws InterruptedException {
        JsonNode job = started;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (List.of("QUEUED", "RUNNING").contains(job.path("state").asText())) {
            assertTrue(System.nanoTime() < deadline, "the demo history is computed within 5 minutes: " + job);
            Thread.sleep(500);
            job = admin.get("/api/v1/alignment/jobs/" + job.path("id").asText());
        }
        assertEquals("SUCCEEDED", job.path("state").asText(), job.toString());
    }
}
