package io.brandbridge.touchpoint;

import io.brandbridge.touchpoint.stats.Bucket;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated document says what the server does: names, required fields and the hand-written schemas. */
class OpenApiDocumentTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/touchpoint-service.yml")) {
            assertNotNull(in, "the document is generated at compile time");
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> document, String name) {
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasADescriptiveUniqueIdASummaryADescriptionAndATag() throws IOException {
        List<String> ids = new ArrayList<>();
        for (Object item : ((Map<String, Object>) document().get("paths")).values()) {
            for (Object value : ((Map<String, Object>) item).values()) {
                Map<String, Object> operation = (Map<String, Object>) value;
                String id = (String) operation.get("operationId");
                ids.add(id);
                assertFalse(id.matches(".*_\\d+$"), id);
                assertFalse(((String) operation.get("summary")).isBlank(), id);
                assertFalse(((String) operation.get("description")).isBlank(), id);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), id);
            }
        }
        assertEquals(Set.of("listTouchpoints", "createTouchpoint", "getTouchpoint", "updateTouchpoint", "deleteTouchpoint",
                "listInteractions", "ingestInteractions", "getIngestHealth", "listTargets", "createTarget", "getTarget", "updateTarget", "deleteTarget",
                "computeAttainment", "computeContingency", "listChangedDays", "computeAttainmentBatch", "computeContingencyBatch",
                "registerPredicates", "getPredicate", "getDataPolicy", "replaceDataPolicy", "getPseudonymKey", "rotatePseudonymKey", "eraseCustomer", "listErasures",
                "deleteBrandData", "computeHandoffs", "getJourney", "lookUpCustomerJourneys", "createMappingProfile", "listMappingProfiles",
                "getMappingProfile", "updateMappingProfile", "deleteMappingProfile", "previewMappingProfile"), new HashSet<>(ids));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "unique: " + ids);
    }

    @Test
    void anInteractionRecordRequiresWhatTheValidatorRequires() throws IOException {
        assertEquals(List.of("externalId", "occurredAt"), schema(document(), "InteractionRecord").get("required"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBucketIsOneOfTheBucketsOrNullAndAMetricValueANumberOrABoolean() throws IOException {
        Map<String, Object> document = document();
        Map<String, Object> bucket = (Map<String, Object>) ((Map<String, Object>) schema(document, "AttainmentRequest").get("properties")).get("bucket");
        assertEquals(Arrays.stream(Bucket.values()).map(Bucket::name).toList(), bucket.get("enum"));
        assertEquals(true, bucket.get("nullable"));
        Map<String, Object> metric = schema(document, "MetricValue");
        assertEquals(List.of("number", "boolean"), ((List<Map<String, Object>>) metric.get("oneOf")).stream().map(s -> s.get("type")).toList());
        assertTrue(((List<?>) schema(document, "Interaction").get("required")).contains("metrics"));
    }
}
