package io.brandbridge.alignment;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.alignment.scoring.BurnAlert;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated OpenAPI document says what the server does: names, required fields, nulls and problem answers. */
class AlignmentDocumentTest {

    private static final Set<String> PROBLEM_SCHEMAS = Set.of("Problem", "Problem.FieldError");
    /** Request bodies, whose optional fields a caller may leave out. */
    private static final Set<String> REQUEST_SCHEMAS = Set.of("WebhookRequest");

    @Test
    void everyOperationHasADescriptiveIdASummaryADescriptionAndATag() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Map<String, Object> operation : operations(document())) {
            ids.add((String) operation.get("operationId"));
            assertNotNull(operation.get("summary"), operation.toString());
            assertNotNull(operation.get("description"), operation.toString());
            assertTrue(List.of(List.of("Alignment"), List.of("History"), List.of("Webhooks")).contains(operation.get("tags")), operation.toString());
        }
        assertEquals(new TreeSet<>(List.of("getBrandAlignment", "getPromiseAlignment", "listGaps", "listConflicts", "getAlignmentHistory",
                "recomputeBrandAlignment", "startBackfill", "getBackfillJob", "cancelBackfillJob", "getAlignmentTrend", "getHandoffMatrix",
                "deleteBrandAlignment", "createWebhook", "listWebhooks", "getWebhook", "updateWebhook", "deleteWebhook", "rotateWebhookSecret",
                "testWebhook", "listWebhookDeliveries", "redeliverWebhook")), ids);
    }

    @Test
    void everyOperationDeclaresTheSharedProblemAnswers() throws IOException {
        for (Map<String, Object> operation : operations(document())) {
            Map<String, Object> responses = map(operation.get("responses"));
            for (String status : List.of("400", "401", "403", "404", "406", "500", "503")) {
                assertTrue(responses.containsKey(status), operation.get("operationId") + " declares " + status);
                assertNotNull(map(map(responses.get(status)).get("content")).get("application/problem+json"));
            }
            assertNotNull(map(map(responses.get("503")).get("headers")).get("Retry-After"));
        }
    }

    @Test
    void everyPropertyOfEveryAnswerIsRequiredBecauseTheServerAlwaysSendsIt() throws IOException {
        Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
        schemas.forEach((name, value) -> {
            Map<String, Object> schema = map(value);
            if (PROBLEM_SCHEMAS.contains(name) || REQUEST_SCHEMAS.contains(name) || schema.get("properties") == null) {
                return;
            }
            assertEquals(new TreeSet<>(map(schema.get("properties")).keySet()), new TreeSet<>(list(schema.get("required"))), name);
        });
    }

    @Test
    void burnAlertAdmitsNullInItsOwnEnumSoValidatorsAndClientsAcceptIt() throws IOException {
        Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
        Map<String, Object> burnAlert = map(schemas.get("BurnAlert"));
        List<Object> expected = new ArrayList<>(Arrays.stream(BurnAlert.values()).map(Enum::name).toList());
        expected.add(null);
        assertEquals(expected, burnAlert.get("enum"));
        assertEquals(true, burnAlert.get("nullable"));
        assertEquals(Map.of("$ref", "#/components/schemas/BurnAlert"),
                map(map(map(schemas.get("CommitmentAlignment")).get("properties")).get("burnAlert")));
    }

    @Test
    void touchpointTypesAreTheOnesTheOtherServicesContractsName() throws IOException {
        Map<String, Object> schemas = map(map(document().get("components")).get("schemas"));
        assertEquals(ContractNames.TOUCHPOINT_TYPES, map(schemas.get("TouchpointType")).get("enum"));
    }

    /** The main document, read from the build: the test classpath's copy of that name also describes the test stubs. */
    private static Map<String, Object> document() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/swagger/alignment-service.yml"))) {
            return new Yaml().load(in);
        }
    }

    private static List<Map<String, Object>> operations(Map<String, Object> document) {
        List<Map<String, Object>> operations = new ArrayList<>();
        map(document.get("paths")).values().forEach(item -> map(item).forEach((method, operation) -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                operations.add(map(operation));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
