package io.brandbridge.system.owasp;

import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API9, improper inventory management: the gateway routes only the documented {@code /api/v1}
 * surface. Other versions, unversioned paths and undocumented paths answer 404 to every caller,
 * admin or not, and the merged document lists nothing outside {@code /api/v1}.
 */
@OwaspSuite
class Api9InventoryManagementTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void undocumentedPathsAnswer404ToEveryCaller() {
        List<String> paths = List.of("/api/v2/brands", "/api/v0/brands", "/api/brands", "/api/v1", "/api/v1/", "/api/v1/nothing-here",
                "/api/v1/brands/" + fixture.a.brandId() + "/secrets", "/api/v1/internal/scopes", "/api/v1/debug", "/v1/brands",
                "/internal/v1/scopes/anything", "/api/v1/alignment/brands/" + fixture.a.brandId() + "/export");
        for (String path : paths) {
            fixture.admin.get(path).expect(404);
            fixture.asA(Role.VIEWER).get(path).expect(404);
            fixture.withKey(null).get(path).expect(path.startsWith("/api/") ? 401 : 404);
        }
    }

    @Test
    void theMergedDocumentListsOnlyTheVersionedApi() {
        Map<String, Object> document = new Yaml().load(fixture.withKey(null).get("/openapi.yml").expect(200).text());
        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        paths.keySet().forEach(path -> assertTrue(path.toString().startsWith("/api/v1/"), path.toString()));
        assertTrue(paths.size() >= 20, "documented paths: " + paths.size());
    }
}
