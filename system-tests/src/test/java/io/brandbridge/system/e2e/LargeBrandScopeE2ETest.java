package io.brandbridge.system.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.demo.BrandbridgeApi;
import io.brandbridge.system.platform.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client may hold as many brands as the admin API allows (1,000), though so many cannot ride in an
 * internal token: the token names the scope and each service resolves it at the gateway. With every
 * service a real process, a client scoped to all 1,000 brands reads everything of the last one, and a
 * client scoped to 999 of them gets 404 for the one it lacks.
 */
@EnabledIfSystemProperty(named = "brandbridge.test.db", matches = "mariadb")
class LargeBrandScopeE2ETest {

    private static final int LIMIT = 1_000;

    private static Platform platform;
    private static BrandbridgeApi admin;
    private static List<String> brandIds;
    private static String lastBrand;
    private static String promiseId;
    private static String touchpointId;
    private static BrandbridgeApi allBrands;
    private static BrandbridgeApi allButLast;

    @BeforeAll
    static void createAThousandBrands() throws Exception {
        platform = new Platform().start();
        String bulkKey = new BrandbridgeApi(platform.gatewayUrl(), platform.adminKey()).post("/api/v1/admin/clients", Map.of(
                "name", "bulk-admin", "roles", List.of("ADMIN"), "allBrands", true,
                "rateLimit", Map.of("requestsPerSecond", 5_000, "burst", 5_000))).path("key").asText();
        admin = new BrandbridgeApi(platform.gatewayUrl(), bulkKey);
        brandIds = createBrands(LIMIT);
        lastBrand = brandIds.get(LIMIT - 1);

        promiseId = admin.post("/api/v1/brands/" + lastBrand + "/promises", Map.of(
                "title", "Answered within a minute", "statement", "A person answers within a minute.",
                "touchpointTypes", List.of("CALL_CENTRE"), "priority", 3, "commitments", List.of(Map.of(
                        "key", "answered_in_60s", "metric", "wait_seconds", "op", "LE", "threshold", 60, "objective", 0.8,
                        "window", Map.of("type", "ROLLING_DAYS", "days", 28), "weight", 1, "minSample", 30)))).path("id").asText();
        admin.post("/api/v1/promises/" + promiseId + "/activate", Map.of());
        touchpointId = admin.post("/api/v1/touchpoints?brandId=" + lastBrand, Map.of(
                "type", "CALL_CENTRE", "name", "Leeds contact centre", "owner", "Customer Operations", "region", "UK North",
                "timeZone", "Europe/London")).path("id").asText();
        admin.post("/api/v1/alignment/brands/" + lastBrand + "/recompute", Map.of());

        allBrands = admin.as(viewerKey("viewer-1000", brandIds));
        allButLast = admin.as(viewerKey("viewer-999", brandIds.subList(0, LIMIT - 1)));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aClientScopedToAThousandBrandsListsThemAll() {
        assertEquals(Set.copyOf(brandIds), listBrands(allBrands));
    }

    @Test
    void aClientScopedToAThousandBrandsReadsThePromiseTouchpointAndAlignmentOfTheLast() {
        assertEquals(lastBrand, allBrands.get("/api/v1/brands/" + lastBrand).path("id").asText());
        assertEquals(lastBrand, allBrands.get("/api/v1/promises/" + promiseId).path("brandId").asText());
        assertEquals(lastBrand, allBrands.get("/api/v1/touchpoints/" + touchpointId).path("brandId").asText());
        JsonNode alignment = allBrands.get("/api/v1/alignment/brands/" + lastBrand);
        assertEquals(lastBrand, alignment.path("brandId").asText());
        assertEquals(1, alignment.path("promises").size(), alignment.toString());
    }

    @Test
    void aClientScopedToTheOther999GetsNotFoundForTheLast() {
        assertEquals(Set.copyOf(brandIds.subList(0, LIMIT - 1)), listBrands(allButLast));
        for (String path : List.of("/api/v1/brands/" + lastBrand, "/api/v1/promises/" + promiseId,
                "/api/v1/touchpoints/" + touchpointId, "/api/v1/alignment/brands/" + lastBrand)) {
            BrandbridgeApi.ApiException missing = assertThrows(BrandbridgeApi.ApiException.class, () -> allButLast.get(path));
            assertEquals(404, missing.status(), path + ": " + missing.getMessage());
        }
        assertEquals(brandIds.get(0), allButLast.get("/api/v1/brands/" + brandIds.get(0)).path("id").asText());
    }

    @Test
    void aClientOfMoreThanAThousandBrandsIsRefusedWithAClearAnswer() {
        List<String> tooMany = new ArrayList<>(brandIds);
        tooMany.add("brd_one_too_many");
        BrandbridgeApi.ApiException refused = assertThrows(BrandbridgeApi.ApiException.class, () -> admin.post("/api/v1/admin/clients",
                Map.of("name", "viewer-1001", "roles", List.of("VIEWER"), "brands", tooMany)));
        assertEquals(400, refused.status(), refused.getMessage());
        assertTrue(refused.getMessage().contains("\"pointer\":\"/brands\""), refused.getMessage());
    }

    private static Set<String> listBrands(BrandbridgeApi client) {
        Set<String> ids = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = client.get("/api/v1/brands?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("items").forEach(brand -> ids.add(brand.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    private static String viewerKey(String name, List<String> brands) {
        return admin.post("/api/v1/admin/clients", Map.of("name", name, "roles", List.of("VIEWER"), "brands", brands)).path("key").asText();
    }

    /** Brands in creation order; a few at a time, so a thousand take seconds. */
    private static List<String> createBrands(int count) throws Exception {
        Semaphore inFlight = new Semaphore(8);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> created = IntStream.rangeClosed(1, count).mapToObj(i -> executor.submit(() -> {
                inFlight.acquire();
                try {
                    return admin.post("/api/v1/brands", Map.of("name", "Scale brand " + i, "slug", "scale-" + i)).path("id").asText();
                } finally {
                    inFlight.release();
                }
            })).toList();
            List<String> ids = new ArrayList<>();
            for (Future<String> id : created) {
                ids.add(id.get());
            }
            return ids;
        }
    }
}
