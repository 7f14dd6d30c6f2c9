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
class ZendeskTalkCallsTest {

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    VendorPushes pushes;

    @Test
    void answeredInboundCallIsStoredFromTheIncrementalExport() {
        Map<String, Object> report = pushes.push("zendesk-talk-calls", "application/json", resource("zendesk-calls.json"));
        assertEquals(Map.of("received", 4, "accepted", 4, "updated", 0, "duplicates", 0, "rejected", 0, "errors", List.of()), report);
        Map<String, Object> call = pushes.stored().get("1120001");
        assertEquals("2026-01-08T09:00:00Z", call.get("occurredAt"));
        assertEquals(Map.of("wait_seconds", 47, "answered", true, "handle_seconds", 365), call.get("metrics"));
        assertEquals(Map.of("direction", "inbound"), call.get("attributes"));
        assertEquals(pseudonyms.allOf(pushes.brand(), "24680").getFirst(), call.get("customerRef"));
    }

    @Test
    void abandonedInQueueIsUnansweredAndAbandonedOnHoldWasAnswered() {
        pushes.push(null, IngestFormats.ZENDESK_TALK_CALLS, resource("zendesk-calls.json"));
        Map<String, Map<String, Object>> stored = pushes.stored();
        assertEquals(Map.of("wait_seconds", 80, "answered", false, "handle_seconds", 0), stored.get("1120002").get("metrics"));
        assertEquals(Map.of("wait_seconds", 20, "answered", true, "handle_seconds", 105), stored.get("1120004").get("metrics"));
    }

    @Test
    void outboundCallCarriesNoAnsweredOrWait() {
        pushes.push("zendesk-talk-calls", IngestFormats.ZENDESK_TALK_CALLS, resource("zendesk-calls.json"));
        Map<String, Object> call = pushes.stored().get("1120003");
        assertEquals(Map.of("handle_seconds", 120), call.get("metrics"));
        assertEquals(Map.of("direction", "outbound"), call.get("attributes"));
    }

    @Test
    void answeredRuleReadsTheStatusThenTheTimeToAnswer() {
        assertEquals(Boolean.FALSE, ZendeskTalkCalls.answered("abandoned_in_ivr", null));
        assertEquals(Boolean.FALSE, ZendeskTalkCalls.answered("not_answered", 4.0));
        assertEquals(Boolean.TRUE, ZendeskTalkCalls.answered("completed", 12.0));
        assertEquals(Boolean.FALSE, ZendeskTalkCalls.answered("completed", null));
        assertEquals(Boolean.TRUE, ZendeskTalkCalls.answered(null, 0.0));
        assertEquals(null, ZendeskTalkCalls.answered(null, null));
    }

    @Test
    void ndjsonCallsOneAPerLine() {
        Map<String, Object> report = pushes.push("zendesk-talk-calls", "application/x-ndjson",
                "{\"id\":7001,\"created_at\":\"2026-01-08T13:00:00Z\",\"direction\":\"inbound\",\"completion_status\":\"completed\",\"time_to_answer\":5}\r\n"
                        + "{\"id\":7002,\"created_at\":\"2026-01-08T13:01:00Z\"} trailing\n"
                        + "{\"id\":7003,\"created_at\":\"2026-01-08T13:02:00Z\",\"updated_at\":\"2026-01-08T13:09:00Z\",\"direction\":\"outbound\"}");
        assertEquals(counts(3, 2, 1), counts(report));
        assertTrue(errors(report).getFirst().startsWith("1 null: "), errors(report).toString());
        Map<String, Map<String, Object>> stored = pushes.stored();
        assertEquals(Map.of("answered", true), stored.get("7001").get("metrics"));
        assertEquals(Map.of(), stored.get("7003").get("metrics"));
    }

    @Test
    void malformedCallsAreRejectedNamingTheVendorField() {
        Map<String, Object> report = pushes.push("zendesk-talk-calls", "application/json", resource("zendesk-malformed.json"));
        assertEquals(counts(5, 1, 4), counts(report));
        assertEquals(List.of(
                "0 id: must be a whole number",
                "1 created_at: is required",
                "2 wait_time: must be a number of seconds",
                "2 talk_time: must be a number of seconds",
                "3 customer_id: must be a whole number"), errors(report));
        assertEquals(Set.of("1130005"), pushes.stored().keySet());
    }
}
