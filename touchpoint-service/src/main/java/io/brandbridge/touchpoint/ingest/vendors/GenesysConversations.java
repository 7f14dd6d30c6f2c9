package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Genesys Cloud analytics conversation details ({@code POST /api/v2/analytics/conversations/details/query} or the
 * details jobs' results): one conversation per record, its timings summed from every participant's sessions' metrics.
 */
@Singleton
final class GenesysConversations extends VendorExport {

    GenesysConversations(VendorFraming framing) {
        super(framing, "genesys-conversations", IngestFormats.GENESYS_CONVERSATIONS, "conversations",
                Set.of("conversationId", "conversationStart", "conversationEnd",
                "originatingDirection", "divisionIds", "participants"));
    }

    @Override
    public void map(JsonNode conversation, RawRecord out) {
        VendorFields fields = new VendorFields(out);
        out.externalId(fields.requiredText(conversation, "conversationId", "externalId"));
        out.occurredAt(fields.timestamp(conversation, "conversationStart", "conversationStart", "occurredAt", true));
        out.sourceVersion(fields.timestamp(conversation, "conversationEnd", "conversationEnd", "sourceVersion", false));
        fields.attribute("direction", fields.text(conversation, "originatingDirection", "originatingDirection"));
        JsonNode divisions = fields.array(conversation, "divisionIds", "divisionIds");
        if (divisions != null && divisions.size() == 1 && divisions.get(0).isString()) {
            out.attribute("division", divisions.get(0).getStringValue());
        }
        GenesysParticipants participants = new GenesysParticipants(fields);
        JsonNode list = fields.array(conversation, "participants", "participants");
        if (list != null) {
            for (JsonNode participant : list.values()) {
                participants.add(participant);
            }
        }
        participants.writeTo(out);
    }
}
