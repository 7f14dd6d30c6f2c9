package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.KeyLookupCounter;
import io.brandbridge.gateway.support.ManualTicker;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known and unknown keys are answered from bounded caches that expire, and revocation takes a key out at once. */
@MicronautTest(transactional = false)
class ApiKeyCacheTest extends GatewayTestBase {

    private static final int KNOWN_SIZE = 5;
    private static final int UNKNOWN_SIZE = 10;

    @Inject
    ManualTicker ticker;

    @Inject
    KeyLookupCounter counter;

    @Inject
    ApiKeyCache cache;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "brandbridge.gateway.keys.cache-ttl", "10s",
                "brandbridge.gateway.keys.cache-size", Integer.toString(KNOWN_SIZE),
                "brandbridge.gateway.keys.unknown-cache-ttl", "30s",
                "brandbridge.gateway.keys.unknown-cache-size", Integer.toString(UNKNOWN_SIZE),
                "brandbridge.gateway.auth-throttle.max-failures", "100000",
                "manual-ticker.enabled", "true",
                "key-lookup-counter.enabled", "true");
    }

    @Test
    void anUnknownKeyIsLookedUpOnceUntilItsEntryExpires() {
        String unknown = ApiKeys.generate();
        int before = counter.lookups();
        for (int i = 0; i < 3; i++) {
            Reply refused = send(HttpRequest.GET("/api/v1/brands"), unknown);
            assertEquals(401, refused.status());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals("Bearer realm=\"brandbridge\", error=\"invalid_token\"", refused.header("WWW-Authenticate"));
        }
        assertEquals(1, counter.lookups() - before, "refused twice from the cache");

        ticker.advance(Duration.ofSeconds(29));
        assertEquals(401, send(HttpRequest.GET("/api/v1/brands"), unknown).status());
        assertEquals(1, counter.lookups() - before, "still cached just before the TTL");

        ticker.advance(Duration.ofSeconds(2));
        assertEquals(401, send(HttpRequest.GET("/api/v1/brands"), unknown).status());
        assertEquals(2, counter.lookups() - before, "asked again once the entry expired");
    }

    @Test
    void aKnownKeyIsTrustedForItsTtlAndRevocationEvictsItAtOnce() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "cached", "roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY);
        String id = (String) created.json().get("id");
        String key = (String) created.json().get("key");
        int before = counter.lookups();
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status());
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status());
        assertEquals(1, counter.lookups() - before);

        ticker.advance(Duration.ofSeconds(11));
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status());
        assertEquals(2, counter.lookups() - before, "looked up again after the TTL");

        assertEquals(204, send(HttpRequest.DELETE("/api/v1/admin/clients/" + id), ADMIN_KEY).status());
        Reply refused = send(HttpRequest.GET("/api/v1/brands"), key);
        assertEquals(401, refused.status(), "the cached entry went with the revocation");
        assertEquals(3, counter.lookups() - before);
    }

    @Test
    void bothCachesStayWithinTheirSize() {
        for (int i = 0; i < KNOWN_SIZE * 3; i++) {
            String key = createClient("bounded-" + i, List.of(Role.VIEWER));
            assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status());
        }
        for (int i = 0; i < UNKNOWN_SIZE * 5; i++) {
            assertEquals(401, send(HttpRequest.GET("/api/v1/brands"), ApiKeys.generate()).status());
        }
        long size = cache.size();
        assertTrue(size <= KNOWN_SIZE + UNKNOWN_SIZE, size + " entries");
        assertTrue(size >= UNKNOWN_SIZE, size + " entries: the cache still holds what fits");
    }

    @Test
    void aLookUpThatRacedWithARevocationIsNotCached() {
        AuthenticatedClient client = new AuthenticatedClient("cli_raced", "raced", new Caller(
                "raced", Set.of(Role.VIEWER), Set.of(), true), new RateLimit(1, 1), null);
        long version = cache.version();
        cache.evict("hash-of-raced");
        cache.put("hash-of-raced", Optional.of(client), version);
        assertNull(cache.get("hash-of-raced"), "read before the revocation, so not trusted");

        cache.put("hash-of-raced", Optional.of(client), cache.version());
        assertNotNull(cache.get("hash-of-raced"));
    }
}
