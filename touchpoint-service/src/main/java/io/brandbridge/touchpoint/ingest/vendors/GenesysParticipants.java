package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.json.tree.JsonNode;

/**
 * Sums one Genesys conversation's session metrics ({@code value} in milliseconds, except the {@code n} counts) and finds the
 * customer: the first participant whose {@code purpose} is customer or external. Talk, hold, wrap-up and transfers count on
 * the agents' side only (purpose agent or user), so a customer session that reports its own talk time is not counted twice.
 */
final class GenesysParticipants {

    private static final String MILLISECONDS = "must be a number of milliseconds";

    private final VendorFields fields;
    private double acdMillis;
    private boolean queued;
    private double handleMillis;
    private boolean handled;
    private boolean abandoned;
    private boolean answered;
    private double transfers;
    private boolean transferCounted;
    private String customerRef;
    private boolean customerSeen;
    private String mediaType;
    private String queueId;

    GenesysParticipants(VendorFields fields) {
        this.fields = fields;
    }

    void add(JsonNode participant) {
        if (!participant.isObject()) {
            fields.problem("participants", "must be objects");
            return;
        }
        String purpose = fields.text(participant, "purpose", "participants.purpose");
        boolean customer = !customerSeen && ("customer".equals(purpose) || "external".equals(purpose));
        if (customer) {
            customerSeen = true;
            customerRef = fields.text(participant, "externalContactId", "participants.externalContactId");
        }
        JsonNode sessions = fields.array(participant, "sessions", "participants.sessions");
        if (sessions == null) {
            return;
        }
        for (JsonNode session : sessions.values()) {
            if (!session.isObject()) {
                fields.problem("participants.sessions", "must be objects");
                continue;
            }
            if (customer && customerRef == null) {
                customerRef = withoutTelPrefix(fields.text(session, "ani", "participants.sessions.ani"));
            }
            if (mediaType == null) {
                mediaType = fields.text(session, "mediaType", "participants.sessions.mediaType");
            }
            if (queueId == null) {
                queueId = firstQueueId(session);
            }
            JsonNode metrics = fields.array(session, "metrics", "participants.sessions.metrics");
            if (metrics != null) {
                boolean agentSide = "agent".equals(purpose) || "user".equals(purpose);
                for (JsonNode metric : metrics.values()) {
                    addMetric(metric, agentSide);
                }
            }
        }
    }

    private void addMetric(JsonNode metric, boolean agentSide) {
        if (!metric.isObject()) {
            fields.problem("participants.sessions.metrics", "must be objects");
            return;
        }
        String name = fields.text(metric, "name", "participants.sessions.metrics.name");
        if (name == null) {
            return;
        }
        JsonNode value = metric.get("value");
        switch (name) {
            case "tAcd" -> {
                Double millis = fields.nonNegative(value, name, MILLISECONDS);
                if (millis != null) {
                    acdMillis += millis;
                    queued = true;
                }
            }
            case "tTalk", "tHeld", "tAcw" -> {
                if (!agentSide) {
                    return;
                }
                Double millis = fields.nonNegative(value, name, MILLISECONDS);
                if (millis != null) {
                    handleMillis += millis;
                    handled = true;
                }
            }
            case "nTransferred" -> {
                if (!agentSide) {
                    return;
                }
                Double count = fields.nonNegative(value, name, "must be a count");
                if (count != null) {
                    transfers += count;
                    transferCounted = true;
                }
            }
            case "tAbandon" -> abandoned = true;
            case "tAnswered" -> answered = true;
            default -> { }
        }
    }

    private String firstQueueId(JsonNode session) {
        JsonNode segments = fields.array(session, "segments", "participants.sessions.segments");
        if (segments == null) {
            return null;
        }
        for (JsonNode segment : segments.values()) {
            if (segment.isObject()) {
                String id = fields.text(segment, "queueId", "participants.sessions.segments.queueId");
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    void writeTo(RawRecord out) {
        if (queued) {
            out.metric("wait_seconds", acdMillis / 1000);
        }
        if (handled) {
            out.metric("handle_seconds", handleMillis / 1000);
        }
        if (abandoned) {
            out.flag("answered", false);
        } else if (answered) {
            out.flag("answered", true);
        }
        if (transferCounted) {
            out.metric("transfers", transfers);
        }
        out.customerRef(customerRef);
        fields.attribute("mediaType", mediaType);
        fields.attribute("queueId", queueId);
    }

    private static String withoutTelPrefix(String ani) {
        return ani != null && ani.startsWith("tel:") ? ani.substring(4) : ani;
    }
}
