package io.brandbridge.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The services' OpenAPI documents for tests: the one a sibling module's build generated, when
 * there is one that contains the operation a test needs, else a snapshot kept in test resources.
 */
final class ServiceDocumentFixtures {

    private ServiceDocumentFixtures() {
    }

    static String current(String serviceId, String mustContain) {
        Path built = Path.of("..", serviceId, "target", "classes", "META-INF", "swagger", serviceId + ".yml");
        try {
            if (Files.isRegularFile(built)) {
                String doc = Files.readString(built, StandardCharsets.UTF_8);
                if (doc.contains(mustContain)) {
                    System.out.println("[openapi] " + serviceId + ": document built by the sibling module");
                    return doc;
                }
            }
            System.out.println("[openapi] " + serviceId + ": snapshot from test resources");
            return snapshot(serviceId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String snapshot(String serviceId) {
        try (InputStream in = ServiceDocumentFixtures.class.getResourceAsStream("/openapi-fixtures/" + serviceId + ".yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
