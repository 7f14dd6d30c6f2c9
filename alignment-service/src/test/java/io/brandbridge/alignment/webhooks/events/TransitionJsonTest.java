package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.FROM;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.TO;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.conflict;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.handoff;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Event data as the service's own JSON mapper writes it: every field named, nulls written, event types by wire name. */
@MicronautTest(startApplication = false)
// Only the mapper is needed; the backfill poller would otherwise fire while the context shuts down.
@Property(name = "alignment.backfill.enabled", value = "false")
class TransitionJsonTest {

    @Inject
    JsonMapper json;

    @Test
    void anEventTypeIsWrittenAndReadAsItsWireName() throws IOException {
        assertEquals("\"promise.status_changed\"", json.writeValueAsString(EventType.PROMISE_STATUS_CHANGED));
        assertEquals("[\"gap.opened\",\"ping\"]", json.writeValueAsString(List.of(EventType.GAP_OPENED, EventType.PING)));
        assertEquals(List.of(EventType.HANDOFF_DEGRADED, EventType.ALIGNMENT_STALE),
                json.readValue("[\"handoff.degraded\",\"alignment.stale\"]", Argument.listOf(EventType.class)));
    }

    @Test
    void aStatusChangeNamesEveryFieldAndWritesTheNullsOfANewcomer() throws IOException {
        PromiseStatusChanged changed = new PromiseStatusChanged("p1", 2, "Answer fast", null, Status.AT_RISK, 70.5, null,
                List.of(new MovedCommitment("fast", null, Status.AT_RISK, 70.5, 0.85, null)));

        assertEquals("{\"promiseId\":\"p1\",\"promiseVersion\":2,\"title\":\"Answer fast\",\"from\":null,\"to\":\"AT_RISK\",\"score\":70.5,"
                + "\"previousScore\":null,\"commitments\":[{\"key\":\"fast\",\"from\":null,\"to\":\"AT_RISK\",\"score\":70.5,"
                + "\"attainment\":0.85,\"budgetRemaining\":null}]}", json.writeValueAsString(changed));
    }

    @Test
    void aBurnAlertNamesEveryField() throws IOException {
        BurnAlertRaised raised = new BurnAlertRaised("p1", "Answer fast", "fast", BurnAlert.FAST, BurnAlert.SLOW, 14.4, 0.25, 0.97, 0.95,
                FROM, TO, Status.AT_RISK);

        assertEquals(List.of("promiseId", "promiseTitle", "commitmentKey", "alert", "previousAlert", "burnRate", "budgetRemaining",
                "attainment", "objective", "windowFrom", "windowTo", "status"), fields(raised));
        assertEquals("FAST", tree(raised).get("alert"));
        assertEquals("SLOW", tree(raised).get("previousAlert"));
        assertEquals(FROM.toString(), tree(raised).get("windowFrom"));
    }

    @Test
    void aGapNamesEveryField() throws IOException {
        GapChanged closed = new GapChanged("p1", "Answer fast", "fast", "wait_seconds", "t1", "Calls", "CALL_CENTRE", 0.9, 0, null, 0, 0);

        assertEquals(List.of("promiseId", "promiseTitle", "commitmentKey", "metric", "touchpointId", "touchpointName", "touchpointType",
                "objective", "valid", "attainment", "brokenPromises", "excessBroken"), fields(closed));
        assertEquals(null, tree(closed).get("attainment"));
    }

    @Test
    void aConflictNamesEveryFieldWithItsTargetAndCommitmentNested() throws IOException {
        Conflict c = conflict("t1", "aht", "p1", "resolved");
        ConflictDetected detected = ConflictDetected.of(c);

        assertEquals(List.of("touchpointId", "touchpointName", "target", "commitment", "sentence", "p1", "p0", "z", "met", "missed", "from", "to"),
                fields(detected));
        assertEquals(Map.of("id", "aht", "metric", "handle_seconds", "op", "LE", "threshold", 180.0, "kind", "COST"), tree(detected).get("target"));
        assertEquals("p1", ((Map<?, ?>) tree(detected).get("commitment")).get("promiseId"));
        assertEquals(TO.toString(), tree(detected).get("to"));
    }

    @Test
    void aDegradedHandoffNamesEveryFieldAndWritesAnUnknownPreviousCountAsNull() throws IOException {
        HandoffDegraded degraded = HandoffDegraded.of(handoff("chat", "call", 3), null);

        assertEquals(List.of("fromTouchpointId", "fromTouchpointName", "toTouchpointId", "toTouchpointName", "count", "followedUp", "repeatRate",
                "customersLetDown", "previousCustomersLetDown", "sentence"), fields(degraded));
        assertEquals(null, tree(degraded).get("previousCustomersLetDown"));
        assertEquals(0, ((Number) tree(HandoffDegraded.of(handoff("chat", "call", 3), 0L)).get("previousCustomersLetDown")).intValue());
    }

    @Test
    void theEventsNotFoundByComparingSnapshotsNameTheirFields() throws IOException {
        Instant failedAt = Instant.parse("2025-03-02T10:15:30Z");

        assertEquals("{\"dependency\":\"touchpoint-service\",\"failedAt\":\"2025-03-02T10:15:30Z\"}",
                json.writeValueAsString(new AlignmentStale("touchpoint-service", failedAt)));
        assertEquals("{\"staleSince\":null}", json.writeValueAsString(new AlignmentRecovered(null)));
        assertEquals("{\"staleSince\":\"2025-03-02T10:15:30Z\"}", json.writeValueAsString(new AlignmentRecovered(failedAt)));
        assertEquals("{\"webhookId\":\"wh_1\",\"message\":\"hello\"}", json.writeValueAsString(new Ping("wh_1", "hello")));
    }

    private Map<String, Object> tree(Object data) throws IOException {
        return json.readValue(json.writeValueAsString(data), Argument.mapOf(String.class, Object.class));
    }

    private List<String> fields(Object data) throws IOException {
        return new ArrayList<>(tree(data).keySet());
    }
}
