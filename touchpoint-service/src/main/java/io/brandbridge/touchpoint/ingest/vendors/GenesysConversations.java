package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;
import io.brandbridge.touchpoint.ingest.VendorFormat;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;

/**
 * Genesys Cloud analytics conversation details ({@code POST /api/v2/analytics/conversations/details/query} or the
 * details jobs' results): one conversation per record, its timings summed from every participant's sessions' metrics.
 */
@Singleton
final class GenesysConversations implements VendorFormat, VendorRecords {

    private final VendorFraming framing;

    GenesysConversations(VendorFraming framing) {
        this.framing = framing;
    }

    @Override
    public String name() {
        return "genesys-conversations";
    }

    @Override
    public String mediaType() {
        return IngestFormats.GENESYS_CONVERSATIONS;
    }

    @Override
    public RecordSource open(InputStream body, boolean ndjson) throws IOException {
        return framing.open(body, ndjson, this);
    }

    @Override
    public String envelope() {
        return "conversations";
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
