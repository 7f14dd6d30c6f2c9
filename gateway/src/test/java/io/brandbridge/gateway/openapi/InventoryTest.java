package io.brandbridge.gateway.openapi;

import io.brandbridge.gateway.security.AccessMatrix;
import io.micronaut.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The gateway's operation table is exactly the documented API: nothing documented is unrouted, nothing routed is undocumented. */
class InventoryTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    void everyDocumentedOperationIsInTheTableAndNothingElse() throws IOException {
        Set<String> documented = new TreeSet<>();
        documented.addAll(operations(ServiceDocumentFixtures.current("promise-service", "operationId: createPromise")));
        documented.addAll(operations(ServiceDocumentFixtures.current("touchpoint-service", "/api/v1/touchpoints")));
        documented.addAll(operations(ServiceDocumentFixtures.current("alignment-service", "/api/v1/alignment/brands/{brandId}:")));
        try (InputStream own = getClass().getResourceAsStream("/META-INF/swagger/gateway.yml")) {
            documented.addAll(operations(new String(own.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        // Operations services serve only to each other are documented by them but are in no client's table.
        documented.removeIf(operation -> AccessMatrix.isInternal(HttpMethod.valueOf(operation.substring(0, operation.indexOf(' '))),
                operation.substring(operation.indexOf(' ') + 1)));
        Set<String> table = AccessMatrix.operations().stream().map(o -> o.method().name() + " " + normalised(o.template()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, table);
    }

    private static Set<String> operations(String document) {
        Map<String, Object> root = new Yaml().load(document);
        Map<String, Map<String, Object>> paths = cast(root.get("paths"));
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + normalised(path))));
        return operations;
    }

    /** Parameter names differ between the documents and the table ({id} against {touchpointId}); their places must not. */
    private static String normalised(String template) {
        return template.replaceAll("\\{[^}]+}", "{}");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Test
    void theTableHasNoDuplicateOperation() {
        List<String> all = AccessMatrix.operations().stream().map(o -> o.method() + " " + normalised(o.template())).toList();
        assertEquals(all.size(), Set.copyOf(all).size(), all.toString());
    }
}
