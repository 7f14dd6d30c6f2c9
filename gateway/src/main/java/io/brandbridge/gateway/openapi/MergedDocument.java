package io.brandbridge.gateway.openapi;

import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The merged OpenAPI document as YAML, rebuilt only when one of the service documents changed. */
@Singleton
public class MergedDocument {

    private static final String OWN_DOCUMENT = "META-INF/swagger/gateway.yml";

    private final ServiceDocuments serviceDocuments;
    private final Map<String, Object> own;
    private volatile Snapshot snapshot = new Snapshot(List.of(), null);

    public MergedDocument(ServiceDocuments serviceDocuments) {
        this.serviceDocuments = serviceDocuments;
        this.own = readOwnDocument();
    }

    /** Blocking: may fetch service documents that are due. */
    public String yaml() {
        Map<String, ServiceDocuments.Fetched> current = serviceDocuments.current();
        List<ServiceDocuments.Fetched> inputs = List.copyOf(current.values());
        Snapshot last = snapshot;
        if (last.yaml != null && last.inputs.equals(inputs)) {
            return last.yaml;
        }
        Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
        sources.put(OpenApiMerger.GATEWAY, own);
        current.forEach((id, fetched) -> sources.put(id, fetched.document()));
        String yaml = Yaml.write(OpenApiMerger.merge(sources));
        snapshot = new Snapshot(inputs, yaml);
        return yaml;
    }

    private static Map<String, Object> readOwnDocument() {
        try (InputStream in = MergedDocument.class.getClassLoader().getResourceAsStream(OWN_DOCUMENT)) {
            if (in == null) {
                return Map.of();
            }
            return Yaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Snapshot(List<ServiceDocuments.Fetched> inputs, String yaml) {
    }
}
