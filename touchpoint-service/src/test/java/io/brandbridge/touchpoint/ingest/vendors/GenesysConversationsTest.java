package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.privacy.Pseudonyms;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.brandbridge.touchpoint.ingest.vendors.VendorPushes.counts;
import static io.brandbridge.touchpoint.ingest.vendors.VendorPushes.errors;
import static io.brandbridge.touchpoint.ingest.vendors.VendorPushes.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class GenesysConversationsTest {

    private static final String TRANSFERRED = "7d4c2a19-5b3e-4f0a-9c1d-2e8f6a4b3c21";
    private static final String ABANDONED = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";
    private static final String OUTBOUND = "a9b8c7d6-e5f4-4321-9876-543210fedcba";

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    VendorPushes pushes;

    @Test
    void transferredConversationSumsSessionMetricsOverItsAgents() {
        Map<String, Object> report = pushes.push("genesys-conversations", "application/json", resource("genesys-conversations.json"));
        assertEquals(Map.of("received", 3, "accepted", 3, "updated", 0, "duplicates", 0, "rejected", 0, "errors", List.of()), report);
        Map<String, Object> stored = pushes.stored().get(TRANSFERRED);
        assertEquals("2026-01-07T14:00:00Z", stored.get("occurredAt"));
        assertEquals(Map.of("wait_seconds", 42, "handle_seconds", 660.5, "answered", true, "transfers", 1), stored.get("metrics"));
        assertEquals(Map.of("direction", "inbound", "mediaType", "voice", "queueId", "q-billing", "division", "0d9e5c4b-1a2f-4e3d-8b7c-6f5e4d3c2b1a"),
                stored.get("attributes"));
        assertEquals(pseudonyms.allOf(pushes.brand(), "ext-contact-4411").getFirst(), stored.get("customerRef"));
        assertNull(stored.get("journeyId"));
    }

    @Test
    void abandonedConversationIsNotAnsweredAndItsCustomerIsTheCallingNumber() {
        pushes.push("genesys-conversations", "application/json", resource("genesys-conversations.json"));
        Map<String, Object> stored = pushes.stored().get(ABANDONED);
        assertEquals(Map.of("wait_seconds", 180, "answered", false), stored.get("metrics"));
        assertEquals(pseudonyms.allOf(pushes.brand(), "+441134960888").getFirst(), stored.get("customerRef"));
    }

    @Test
    void outboundConversationNeverQueuedHasOnlyItsHandleTime() {
        pushes.push(null, IngestFormats.GENESYS_CONVERSATIONS, resource("genesys-conversations.json"));
        Map<String, Object> stored = pushes.stored().get(OUTBOUND);
        assertEquals("2026-01-07T15:00:00Z", stored.get("occurredAt"));
        assertEquals(Map.of("handle_seconds", 150), stored.get("metrics"));
        assertEquals(Map.of("direction", "outbound", "mediaType", "voice"), stored.get("attributes"));
        assertEquals(pseudonyms.allOf(pushes.brand(), "sip:+441134960321@example.invalid").getFirst(), stored.get("customerRef"));
    }

    @Test
    void oneConversationObjectAndNdjsonLinesAreAcceptedToo() {
        Map<String, Object> single = pushes.push(null, IngestFormats.GENESYS_CONVERSATIONS,
                "{\"conversationStart\":\"2026-01-07T17:00:00Z\",\"conversationId\":\"one\",\"participants\":[]}");
        assertEquals(counts(1, 1, 0), counts(single));
        Map<String, Object> lines = pushes.push("genesys-conversations", "application/x-ndjson",
                "{\"conversationId\":\"l1\",\"conversationStart\":\"2026-01-07T18:00:00Z\"}\n\n"
                        + "{\"conversations\":[]}\n"
                        + "{\"conversationId\":\"l3\",\"conversationStart\":\"2026-01-07T18:02:00Z\",\"conversationEnd\":\"2026-01-07T18:04:00Z\"}\n");
        assertEquals(counts(3, 2, 1), counts(lines));
        assertEquals(List.of("1 conversationId: is required", "1 conversationStart: is required"), errors(lines));
        assertEquals(Set.of("one", "l1", "l3"), pushes.stored().keySet());
    }

    @Test
    void malformedConversationsAreRejectedNamingTheVendorField() {
        Map<String, Object> report = pushes.push("genesys-conversations", "application/json", resource("genesys-malformed.json"));
        assertEquals(counts(5, 1, 4), counts(report));
        assertEquals(List.of(
                "0 conversationStart: must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z",
                "1 conversationId: is required",
                "2 tAcd: must be a number of milliseconds",
                "3 participants: must be an array"), errors(report));
        assertEquals(Set.of("g5"), pushes.stored().keySet());
    }

    @Test
    void conversationsThatAreNotAnArrayOrTruncatedJsonAnswer400() {
        Map<String, Object> problem = pushes.problem(400, "genesys-conversations", "application/json", "{\"conversations\":{\"a\":1}}");
        assertTrue(problem.get("detail").toString().contains("conversations must be an array"), problem.toString());
        String body = resource("genesys-conversations.json");
        pushes.problem(400, null, IngestFormats.GENESYS_CONVERSATIONS, body.substring(0, body.length() - 40));
        assertEquals(Map.of(), pushes.stored());
    }
}
