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
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class AmazonConnectCtrTest {

    private static final String FIRST = "5ca32fbd-8f92-46af-92a5-6b0f970f0efe";
    private static final String TRANSFERRED = "9d54c8a1-3e0f-4b55-8b1e-0c2f3c7d1a42";
    private static final String ABANDONED = "0b7e41f2-2c6d-4d8f-a0a1-5e1cb3fd6c11";
    private static final String OUTBOUND = "c3f2a9d0-77b1-4e2a-9f3e-2d4b6a8c0e13";

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    VendorPushes pushes;

    @Test
    void transferChainIsOneJourneyWithQueueAgentAndTransferMetrics() {
        Map<String, Object> report = pushes.push("amazon-connect-ctr", "application/json", resource("ctr-contacts.json"));
        assertEquals(Map.of("received", 4, "accepted", 4, "updated", 0, "duplicates", 0, "rejected", 0, "errors", List.of()), report);
        Map<String, Map<String, Object>> stored = pushes.stored();
        Map<String, Object> first = stored.get(FIRST);
        assertEquals(FIRST, first.get("journeyId"));
        assertEquals("2026-01-05T09:04:58Z", first.get("occurredAt"));
        assertEquals(Map.of("answered", true, "wait_seconds", 55, "handle_seconds", 290, "transfers", 1), first.get("metrics"));
        assertEquals(Map.of("channel", "VOICE", "queue", "Billing", "initiationMethod", "INBOUND", "disconnectReason", "AGENT_DISCONNECT"),
                first.get("attributes"));
        assertEquals(pseudonyms.allOf(pushes.brand(), "+441134960000").getFirst(), first.get("customerRef"));
        Map<String, Object> second = stored.get(TRANSFERRED);
        assertEquals(FIRST, second.get("journeyId"));
        assertEquals(first.get("customerRef"), second.get("customerRef"));
        assertEquals(Map.of("answered", true, "wait_seconds", 85, "handle_seconds", 195.5), second.get("metrics"));
        assertEquals("TRANSFER", ((Map<?, ?>) second.get("attributes")).get("initiationMethod"));
    }

    @Test
    void abandonedContactIsQueuedButNotAnswered() {
        pushes.push("amazon-connect-ctr", "application/json", resource("ctr-contacts.json"));
        Map<String, Object> abandoned = pushes.stored().get(ABANDONED);
        assertEquals(Map.of("answered", false, "wait_seconds", 140), abandoned.get("metrics"));
        assertEquals(ABANDONED, abandoned.get("journeyId"));
        assertEquals(Map.of("channel", "VOICE", "queue", "Billing", "initiationMethod", "INBOUND", "disconnectReason", "CUSTOMER_DISCONNECT"),
                abandoned.get("attributes"));
    }

    @Test
    void contactNeverQueuedCarriesNeitherAnsweredNorWait() {
        pushes.push("amazon-connect-ctr", "application/json", resource("ctr-contacts.json"));
        Map<String, Object> outbound = pushes.stored().get(OUTBOUND);
        assertEquals(Map.of("handle_seconds", 95), outbound.get("metrics"));
        assertEquals(Map.of("channel", "VOICE", "initiationMethod", "OUTBOUND", "disconnectReason", "AGENT_DISCONNECT"), outbound.get("attributes"));
    }

    @Test
    void vendorMediaTypeSelectsTheFormatForAnArrayOrOneContact() {
        Map<String, Object> report = pushes.push(null, IngestFormats.AMAZON_CONNECT_CTR, resource("ctr-contacts.json"));
        assertEquals(counts(4, 4, 0), counts(report));
        Map<String, Object> single = pushes.push(null, IngestFormats.AMAZON_CONNECT_CTR,
                "{\"ContactId\":\"single-1\",\"InitiationTimestamp\":\"2026-01-05T13:00:00Z\",\"Channel\":\"CHAT\",\"Queue\":null}");
        assertEquals(counts(1, 1, 0), counts(single));
        assertEquals(Map.of("channel", "CHAT"), pushes.stored().get("single-1").get("attributes"));
        Map<String, Object> again = pushes.push("amazon-connect-ctr", IngestFormats.AMAZON_CONNECT_CTR, resource("ctr-contacts.json"));
        assertEquals(Map.of("received", 4, "accepted", 0, "updated", 0, "duplicates", 4, "rejected", 0), counts(again));
    }

    @Test
    void ndjsonLinesAreRecordsAndAMalformedLineIsOnlyItsOwnProblem() {
        Map<String, Object> report = pushes.push("amazon-connect-ctr", "application/x-ndjson", resource("ctr-contacts.ndjson"));
        assertEquals(counts(4, 2, 2), counts(report));
        List<String> errors = errors(report);
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("1 null: is not valid JSON"), errors.toString());
        assertEquals("2 null: must be a JSON object", errors.get(1));
        Map<String, Map<String, Object>> stored = pushes.stored();
        assertEquals(Set.of("n1", "n3"), stored.keySet());
        assertEquals(Map.of("answered", true, "wait_seconds", 12, "handle_seconds", 300), stored.get("n1").get("metrics"));
        assertEquals(Map.of("answered", false, "wait_seconds", 30), stored.get("n3").get("metrics"));
    }

    @Test
    void malformedContactsAreRejectedNamingTheVendorField() {
        Map<String, Object> report = pushes.push("amazon-connect-ctr", "application/json", resource("ctr-malformed.json"));
        assertEquals(counts(7, 1, 6), counts(report));
        assertEquals(List.of(
                "0 Queue.Duration: must be a number of seconds",
                "1 ContactId: is required",
                "2 InitiationTimestamp: must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z",
                "3 Agent.AgentInteractionDuration: must not be negative",
                "3 Channel: must be a string",
                "4 null: must be a JSON object",
                "5 LastUpdateTimestamp: must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z"), errors(report));
        assertEquals(Set.of("d7"), pushes.stored().keySet());
    }

    @Test
    void malformedJsonAnswers400AndStoresNothing() {
        String body = resource("ctr-contacts.json");
        Map<String, Object> problem = pushes.problem(400, "amazon-connect-ctr", "application/json", body.substring(0, body.length() / 2));
        assertTrue(problem.get("detail").toString().contains("not valid JSON"), problem.toString());
        pushes.problem(400, null, IngestFormats.AMAZON_CONNECT_CTR, "\"a string\"");
        pushes.problem(400, null, IngestFormats.AMAZON_CONNECT_CTR, "[{\"ContactId\":\"x\"}] []");
        pushes.problem(400, null, IngestFormats.AMAZON_CONNECT_CTR, "");
        assertEquals(Map.of(), pushes.stored());
    }

    @Test
    void aContactDeliveredThreeTimesWithTwoUpdatesIsStoredOnceAsItsNewestVersion() {
        String id = "7a1e0c55-4d2b-4f0e-9b61-3c8d2e6f1a90";
        String[] deliveries = resource("ctr-redelivered.ndjson").split("\n");
        // In queue, then answered and ended (a newer LastUpdateTimestamp), then the first delivery again (at least once).
        assertEquals(counts(1, 1, 0), counts(pushes.push("amazon-connect-ctr", "application/x-ndjson", deliveries[0] + "\n")));
        Map<String, Object> update = counts(pushes.push("amazon-connect-ctr", "application/x-ndjson", deliveries[1] + "\n"));
        assertEquals(Map.of("received", 1, "accepted", 0, "updated", 1, "duplicates", 0, "rejected", 0), update);
        Map<String, Object> late = counts(pushes.push("amazon-connect-ctr", "application/x-ndjson", deliveries[2] + "\n"));
        assertEquals(Map.of("received", 1, "accepted", 0, "updated", 0, "duplicates", 1, "rejected", 0), late);
        Map<String, Object> all = counts(pushes.push("amazon-connect-ctr", "application/x-ndjson", String.join("\n", deliveries)));
        assertEquals(Map.of("received", 3, "accepted", 0, "updated", 0, "duplicates", 3, "rejected", 0), all);

        Map<String, Map<String, Object>> stored = pushes.stored();
        assertEquals(Set.of(id), stored.keySet());
        assertEquals(Map.of("answered", true, "wait_seconds", 85, "handle_seconds", 610), stored.get(id).get("metrics"));
        assertEquals(1_767_688_890_500_000L, ((Number) stored.get(id).get("sourceVersion")).longValue());
        assertEquals("AGENT_DISCONNECT", ((Map<?, ?>) stored.get(id).get("attributes")).get("disconnectReason"));
    }
}
