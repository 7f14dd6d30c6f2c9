package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.ingest.vendors.VendorPushes.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class VendorFormatRoutingTest {

    @Inject
    IngestFormats formats;

    @Inject
    VendorPushes pushes;

    @Test
    void everyVendorFormatIsRegistered() {
        assertEquals(List.of("amazon-connect-ctr", "genesys-conversations", "zendesk-talk-calls"), formats.vendorFormats());
    }

    @Test
    void unknownFormatAnswers400NamingFormat() {
        Map<String, Object> problem = pushes.problem(400, "avaya-cms", "application/json", resource("ctr-contacts.json"));
        assertEquals(List.of(Map.of("pointer", "format",
                "message", "must be one of amazon-connect-ctr, genesys-conversations, zendesk-talk-calls")), problem.get("errors"));
    }

    @Test
    void formatWithAnotherMediaTypeAnswers415() {
        Map<String, Object> problem = pushes.problem(415, "amazon-connect-ctr", "text/csv", "ContactId\nx\n");
        assertTrue(problem.get("detail").toString().contains(IngestFormats.AMAZON_CONNECT_CTR), problem.toString());
        pushes.problem(415, "zendesk-talk-calls", IngestFormats.GENESYS_CONVERSATIONS, resource("genesys-conversations.json"));
        assertEquals(Map.of(), pushes.stored());
    }

    @Test
    void aVendorDocumentWithoutAFormatIsReadAsNativeInteractions() {
        Map<String, Object> report = pushes.push(null, "application/json", resource("zendesk-calls.json"));
        assertEquals(1, report.get("rejected"));
        assertEquals(List.of("0 externalId: is required", "0 occurredAt: is required"), VendorPushes.errors(report));
    }
}
