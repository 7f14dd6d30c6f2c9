package io.brandbridge.gateway.openapi;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class OpenApiDocumentTest extends GatewayTestBase {

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("brandbridge.gateway.openapi.refresh", "0s", "brandbridge.gateway.openapi.retry", "0s");
    }

    @Test
    void mergedDocumentCoversEveryServiceAndTheAdminApiWithTheKeyScheme() {
        promise.openApi(ServiceDocumentFixtures.snapshot("promise-service"));
        touchpoint.openApi(ServiceDocumentFixtures.snapshot("touchpoint-service"));
        alignment.openApi(ServiceDocumentFixtures.snapshot("alignment-service"));

        Reply reply = send(HttpRequest.GET("/openapi.yml"));

        assertEquals(200, reply.status());
        Map<String, Object> doc = Yaml.read(reply.body());
        Map<?, ?> paths = (Map<?, ?>) doc.get("paths");
        for (String path : new String[]{"/api/v1/admin/clients", "/api/v1/brands/{brandId}/promises", "/api/v1/touchpoints",
                "/api/v1/stats/attainment", "/api/v1/alignment/brands/{brandId}"}) {
            assertTrue(paths.containsKey(path), path);
        }
        assertTrue(paths.keySet().stream().allMatch(p -> p.toString().startsWith("/api/v1/")));
        assertTrue(reply.body().contains("bearerAuth"));
    }

    @Test
    void everyAdminOperationDeclaresTheKeyGatesAnswers() {
        Map<?, ?> paths = (Map<?, ?>) Yaml.read(send(HttpRequest.GET("/openapi.yml")).body()).get("paths");
        Map<?, ?> audit = (Map<?, ?>) ((Map<?, ?>) paths.get("/api/v1/admin/audit")).get("get");
        assertEquals(Set.of("200", "400", "401", "403", "406", "429", "500", "503"), ((Map<?, ?>) audit.get("responses")).keySet());
        assertEquals(List.of("ADMIN"), audit.get("x-roles"));
        Map<?, ?> access = (Map<?, ?>) ((Map<?, ?>) paths.get("/api/v1/admin/clients/{clientId}/access")).get("put");
        assertEquals(Set.of("200", "400", "401", "403", "404", "406", "413", "415", "422", "429", "500", "503"),
                ((Map<?, ?>) access.get("responses")).keySet());
    }

    @Test
    void aServiceThatCannotBeReachedKeepsItsLastGoodDocumentAndOneNeverSeenJoinsLater() {
        promise.openApi(ServiceDocumentFixtures.snapshot("promise-service"));
        touchpoint.openApi(null);
        alignment.openApi(null);
        assertTrue(send(HttpRequest.GET("/openapi.yml")).body().contains("/api/v1/brands/{brandId}/promises"));

        promise.stop();
        alignment.openApi(ServiceDocumentFixtures.snapshot("alignment-service"));
        String doc = send(HttpRequest.GET("/openapi.yml")).body();

        assertTrue(doc.contains("/api/v1/brands/{brandId}/promises"), "last good copy kept");
        assertTrue(doc.contains("/api/v1/alignment/brands/{brandId}"), "fetched once it became available");
    }

    @Test
    void swaggerUiShowsTheMergedDocumentWithLocalAssets() {
        Reply ui = send(HttpRequest.GET("/swagger-ui/index.html"));
        assertEquals(200, ui.status());
        assertTrue(ui.body().contains("url: \"/openapi.yml\""));
        assertTrue(ui.body().contains("/swagger-ui/res/swagger-ui-bundle.js"));
        assertFalse(ui.body().contains("https://"), "no asset from a CDN");
        Reply bare = send(HttpRequest.GET("/swagger-ui"));
        assertEquals(200, bare.status(), bare.body());
        assertEquals(200, send(HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js")).status());
    }
}
