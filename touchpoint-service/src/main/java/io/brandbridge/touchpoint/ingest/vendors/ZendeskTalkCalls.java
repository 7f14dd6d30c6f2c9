package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Zendesk Talk's incremental calls export ({@code GET /api/v2/channels/voice/stats/incremental/calls}): one call per
 * record. Outbound calls are never queued, so they carry no {@code answered} or {@code wait_seconds}.
 */
@Singleton
final class ZendeskTalkCalls extends VendorExport {

    /** Final statuses of an inbound call no agent took; a caller who hung up on hold ({@code abandoned_on_hold}) was answered. */
    private static final Set<String> UNANSWERED = Set.of("abandoned_in_queue", "abandoned_in_ivr", "abandoned_in_voicemail",
            "not_answered", "failed", "pending_voicemail", "voicemail");

    ZendeskTalkCalls(VendorFraming framing) {
        super(framing, "zendesk-talk-calls", IngestFormats.ZENDESK_TALK_CALLS, "calls",
                Set.of("id", "created_at", "updated_at", "customer_id", "direction",
                "wait_time", "completion_status", "time_to_answer", "talk_time", "hold_time", "wrap_up_time"));
    }

    @Override
    public void map(JsonNode call, RawRecord out) {
        VendorFields fields = new VendorFields(out);
        out.externalId(fields.wholeNumber(call, "id", "externalId", true));
        out.occurredAt(fields.timestamp(call, "created_at", "created_at", "occurredAt", true));
        out.sourceVersion(fields.timestamp(call, "updated_at", "updated_at", "sourceVersion", false));
        out.customerRef(fields.wholeNumber(call, "customer_id", "customerRef", false));
        String direction = fields.text(call, "direction", "direction");
        fields.attribute("direction", direction);
        if (!"outbound".equals(direction)) {
            Double wait = fields.seconds(call, "wait_time", "wait_time");
            if (wait != null) {
                out.metric("wait_seconds", wait);
            }
            Boolean answered = answered(fields.text(call, "completion_status", "completion_status"),
                    fields.seconds(call, "time_to_answer", "time_to_answer"));
            if (answered != null) {
                out.flag("answered", answered);
            }
        }
        Double talk = fields.seconds(call, "talk_time", "talk_time");
        Double hold = fields.seconds(call, "hold_time", "hold_time");
        Double wrapUp = fields.seconds(call, "wrap_up_time", "wrap_up_time");
        if (talk != null || hold != null || wrapUp != null) {
            out.metric("handle_seconds", VendorFields.total(talk, hold, wrapUp));
        }
    }

    /**
     * 0 for an abandoned or missed status; otherwise 1 once an agent answered ({@code time_to_answer} given); a
     * {@code completed} call no agent answered (a voicemail) is 0; without either field the call says nothing.
     */
    static Boolean answered(String completionStatus, Double timeToAnswer) {
        if (completionStatus != null && UNANSWERED.contains(completionStatus)) {
            return false;
        }
        if (timeToAnswer != null) {
            return true;
        }
        return "completed".equals(completionStatus) ? Boolean.FALSE : null;
    }
}
