package io.brandbridge.gateway.security;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind a trusted proxy the source address is the nearest X-Forwarded-For hop that is not one of ours. */
@MicronautTest(transactional = false)
class TrustedProxyTest extends GatewayTestBase {

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of(
                "brandbridge.gateway.auth-throttle.max-failures", "2",
                "brandbridge.gateway.auth-throttle.trusted-proxies", "127.0.0.1,10.0.0.5");
    }

    @Test
    void failuresCountAgainstTheForwardedAddressAndAForgedFirstHopChangesNothing() {
        assertEquals(401, failFrom("203.0.113.1"));
        assertEquals(401, failFrom("203.0.113.1, 10.0.0.5"), "our own second proxy is skipped");
        assertEquals(429, failFrom("203.0.113.1"));

        assertEquals(401, failFrom("203.0.113.2"), "another client behind the same proxy is unaffected");
        assertEquals(401, failFrom("203.0.113.1, 203.0.113.3"), "the hop our proxy appended is the client, not what the client wrote");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertEquals(401, failFrom("2001:db8:1:2::1"));
        assertEquals(401, failFrom("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(429, failFrom("2001:db8:1:2::ffff"), "the same /64");
        assertEquals(401, failFrom("2001:db8:1:3::1"), "the next /64 is someone else");
    }

    @Test
    void theAuditNamesTheForwardedAddress() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "via-proxy", "roles", List.of("VIEWER"), "allBrands", true))
                .header("X-Forwarded-For", "192.0.2.44"), ADMIN_KEY);
        assertEquals(201, created.status(), created.body());

        Reply audit = send(HttpRequest.GET("/api/v1/admin/audit?limit=1"), ADMIN_KEY);
        @SuppressWarnings("unchecked")
        Map<String, Object> newest = ((List<Map<String, Object>>) audit.json().get("items")).get(0);
        assertEquals("via-proxy", newest.get("clientName"));
        assertEquals("192.0.2.44", newest.get("sourceAddress"));
    }

    private int failFrom(String forwardedFor) {
        return send(HttpRequest.GET("/api/v1/brands").header("X-Forwarded-For", forwardedFor), ApiKeys.generate()).status();
    }
}
