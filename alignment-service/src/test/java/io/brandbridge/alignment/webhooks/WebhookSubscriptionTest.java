package io.brandbridge.alignment.webhooks;

import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscriptions over HTTP: status, headers and body of every operation, validation that names the field, and scope. */
@MicronautTest(transactional = false)
class WebhookSubscriptionTest extends WebhookTestBase {

    @Test
    void createReadListReplaceAndDeleteASubscription() {
        String brandId = keptBrand();
        HttpResponse<Map<String, Object>> created = exchange(HttpRequest.POST(webhooks(brandId), request(receiver.url("/in"), "gap.opened", "promise.status_changed")),
                Role.MARKETING, brandId);
        assertEquals(201, created.code());
        Map<String, Object> webhook = webhookOf(created.body());
        String id = (String) webhook.get("id");
        assertTrue(id.matches("whk_[0-9a-z]{20}"));
        assertEquals(webhooks(brandId) + "/" + id, created.header(HttpHeaders.LOCATION));
        assertEquals("\"" + id + "-1\"", created.header(HttpHeaders.ETAG));
        assertTrue(((String) created.body().get("secret")).matches("whsec_[A-Za-z0-9+/]{43}="));
        assertEquals(List.of("gap.opened", "promise.status_changed"), webhook.get("events"));
        assertEquals("ACTIVE", webhook.get("state"));
        assertEquals(1, webhook.get("version"));
        assertNull(webhook.get("problem"));

        HttpResponse<Map<String, Object>> read = exchange(HttpRequest.GET(webhooks(brandId) + "/" + id), Role.PARTNER, brandId);
        assertEquals(200, read.code());
        assertEquals("application/json", read.getContentType().orElseThrow().toString());
        assertFalse(read.body().containsKey("secret"), "the secret is shown once");
        assertEquals(webhook.get("url"), read.body().get("url"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) exchange(HttpRequest.GET(webhooks(brandId)), Role.OPERATIONS, brandId).body().get("items");
        assertEquals(List.of(id), items.stream().map(i -> i.get("id")).toList());

        Map<String, Object> change = new HashMap<>(request(receiver.url("/other"), "alignment.stale"));
        change.put("enabled", false);
        HttpResponse<Map<String, Object>> replaced = exchange(HttpRequest.PUT(webhooks(brandId) + "/" + id, change).header(HttpHeaders.IF_MATCH, "\"" + id + "-1\""),
                Role.OPERATIONS, brandId);
        assertEquals(200, replaced.code());
        assertEquals("\"" + id + "-2\"", replaced.header(HttpHeaders.ETAG));
        assertEquals("DISABLED", replaced.body().get("state"));
        assertEquals(List.of("alignment.stale"), replaced.body().get("events"));

        HttpClientResponseException stale = refused(HttpRequest.PUT(webhooks(brandId) + "/" + id, change).header(HttpHeaders.IF_MATCH, "\"" + id + "-1\""),
                Role.OPERATIONS, brandId);
        assertEquals(412, stale.getStatus().getCode());
        assertEquals("application/problem+json", stale.getResponse().getContentType().orElseThrow().toString());

        HttpClientResponseException disabled = refused(HttpRequest.POST(webhooks(brandId) + "/" + id + "/test", ""), Role.OPERATIONS, brandId);
        assertEquals(409, disabled.getStatus().getCode());

        assertEquals(204, exchange(HttpRequest.DELETE(webhooks(brandId) + "/" + id), Role.OPERATIONS, brandId).code());
        assertEquals(404, refused(HttpRequest.GET(webhooks(brandId) + "/" + id), Role.OPERATIONS, brandId).getStatus().getCode());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "http://hooks.example.com/in                 | /url      | must be an https URL",
            "https://169.254.169.254/latest/meta-data/  | /url      | must point to a public internet address",
            "https://10.0.0.5/                          | /url      | must point to a public internet address",
            "https://[::ffff:127.0.0.1]/                | /url      | must point to a public internet address",
            "https://2130706433/                        | /url      | must write an IP address as four decimal numbers (like 93.184.216.34) or use a host name",
            "https://0x7f000001/                        | /url      | must write an IP address as four decimal numbers (like 93.184.216.34) or use a host name",
            "https://user:pw@hooks.example.com/         | /url      | must not contain a user name or password",
    })
    void aUrlThePlatformMustNotCallIsRefusedNamingTheFieldAndNothingIsStored(String url, String pointer, String message) {
        String brandId = keptBrand();
        HttpClientResponseException refused = refused(HttpRequest.POST(webhooks(brandId), request(url, "gap.opened")), Role.OPERATIONS, brandId);
        assertEquals(422, refused.getStatus().getCode());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        Map<String, Object> error = firstError(refused);
        assertEquals(pointer, error.get("pointer"));
        assertEquals(message, error.get("message"));
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) exchange(HttpRequest.GET(webhooks(brandId)), Role.OPERATIONS, brandId).body().get("items");
        assertEquals(List.of(), items);
    }

    @Test
    void unknownAndRepeatedEventTypesAreNamedByPosition() {
        String brandId = keptBrand();
        HttpClientResponseException refused = refused(HttpRequest.POST(webhooks(brandId), request(receiver.url("/in"), "gap.opened", "ping", "gap.opened")),
                Role.OPERATIONS, brandId);
        assertEquals(422, refused.getStatus().getCode());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("/events/1"), body);
        assertTrue(body.contains("/events/2"), body);
        assertTrue(body.contains("a second time"), body);
        assertFalse(body.contains("java"), body);
    }

    @Test
    void aMissingOrEmptyFieldIsA400NamingIt() {
        String brandId = keptBrand();
        HttpClientResponseException noEvents = refused(HttpRequest.POST(webhooks(brandId), Map.of("url", receiver.url("/in"), "events", List.of())),
                Role.OPERATIONS, brandId);
        assertEquals(400, noEvents.getStatus().getCode());
        assertTrue(noEvents.getResponse().getBody(String.class).orElseThrow().contains("events"));
        HttpClientResponseException noUrl = refused(HttpRequest.POST(webhooks(brandId), Map.of("events", List.of("gap.opened"))), Role.OPERATIONS, brandId);
        assertEquals(400, noUrl.getStatus().getCode());
        assertTrue(noUrl.getResponse().getBody(String.class).orElseThrow().contains("url"));
    }

    @Test
    void aBrandOutsideTheCallersScopeOrUnknownAnswers404() {
        String brandId = keptBrand();
        String other = keptBrand();
        assertEquals(404, refused(HttpRequest.POST(webhooks(other), request(receiver.url("/in"), "gap.opened")), Role.OPERATIONS, brandId)
                .getStatus().getCode());
        assertEquals(404, refused(HttpRequest.GET(webhooks(other)), Role.PARTNER, brandId).getStatus().getCode());
        assertEquals(404, refused(HttpRequest.POST(webhooks("brd_unknown"), request(receiver.url("/in"), "gap.opened")), Role.ADMIN)
                .getStatus().getCode());
        String id = (String) webhookOf(subscribe(other, "gap.opened")).get("id");
        assertEquals(404, refused(HttpRequest.GET(webhooks(brandId) + "/" + id), Role.OPERATIONS, brandId, other).getStatus().getCode(),
                "a subscription is found only under its own brand");
        assertEquals(403, refused(HttpRequest.GET(webhooks(brandId)), Role.VIEWER, brandId).getStatus().getCode());
        assertEquals(403, refused(HttpRequest.GET(webhooks(brandId)), Role.INTEGRATOR, brandId).getStatus().getCode());
    }

    @Test
    void everyOperationOnAnotherBrandsSubscriptionAnswers404AndChangesNothing() throws Exception {
        String brandId = keptBrand();
        String other = keptBrand();
        String id = (String) webhookOf(subscribe(other, "gap.opened")).get("id");
        assertEquals(202, exchange(HttpRequest.POST(webhooks(other) + "/" + id + "/test", ""), Role.OPERATIONS, other).code());
        await("the ping's delivery", Duration.ofSeconds(10), () -> deliveries(other, id).size() == 1);
        String deliveryId = (String) deliveries(other, id).getFirst().get("id");
        String mine = (String) webhookOf(subscribe(brandId, "gap.opened")).get("id");
        String myDelivery = "/" + mine + "/deliveries/" + deliveryId + "/redeliver";
        Map<String, Object> change = request(receiver.url("/taken"), "alignment.stale");

        for (Role role : List.of(Role.MARKETING, Role.OPERATIONS, Role.PARTNER)) {
            // Named under its own brand by a caller scoped to another, and under the caller's brand by a caller scoped to both.
            for (String[] scope : List.of(new String[]{other, brandId}, new String[]{brandId, brandId, other})) {
                String base = webhooks(scope[0]);
                String[] brands = Arrays.copyOfRange(scope, 1, scope.length);
                List<MutableHttpRequest<?>> attempts = new ArrayList<>(List.of(
                        HttpRequest.GET(base + "/" + id),
                        HttpRequest.PUT(base + "/" + id, change),
                        HttpRequest.DELETE(base + "/" + id),
                        HttpRequest.POST(base + "/" + id + "/rotate-secret", ""),
                        HttpRequest.POST(base + "/" + id + "/test", ""),
                        HttpRequest.GET(base + "/" + id + "/deliveries"),
                        HttpRequest.POST(base + "/" + id + "/deliveries/" + deliveryId + "/redeliver", "")));
                if (scope[0].equals(other)) {
                    attempts.add(HttpRequest.GET(base));
                    attempts.add(HttpRequest.POST(base, request(receiver.url("/taken"), "gap.opened")));
                } else {
                    attempts.add(HttpRequest.POST(webhooks(brandId) + myDelivery, ""));
                }
                for (MutableHttpRequest<?> attempt : attempts) {
                    HttpClientResponseException refused = refused(attempt, role, brands);
                    String what = role + " " + attempt.getMethodName() + " " + attempt.getPath();
                    assertEquals(404, refused.getStatus().getCode(), what);
                    assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString(), what);
                }
            }
        }

        Map<String, Object> unchanged = exchange(HttpRequest.GET(webhooks(other) + "/" + id), Role.OPERATIONS, other).body();
        assertEquals(1, unchanged.get("version"));
        assertEquals(List.of("gap.opened"), unchanged.get("events"));
        assertNull(unchanged.get("previousSecretExpiresAt"), "no rotation");
        assertEquals(1, deliveries(other, id).size(), "no second ping and no redelivery");
        assertEquals(List.of(id), listed(other));
        assertEquals(List.of(mine), listed(brandId), "nothing was subscribed under either brand");
        assertEquals(List.of(), deliveries(brandId, mine));
    }

    @SuppressWarnings("unchecked")
    private List<Object> listed(String brandId) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) exchange(HttpRequest.GET(webhooks(brandId)), Role.OPERATIONS, brandId).body().get("items");
        return items.stream().map(i -> i.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(HttpClientResponseException refused) {
        Map<String, Object> problem = refused.getResponse().getBody(JSON).orElseThrow();
        return ((List<Map<String, Object>>) problem.get("errors")).getFirst();
    }

    private static Map<String, Object> request(String url, String... events) {
        return Map.of("url", url, "events", List.of(events), "description", "test receiver");
    }
}
