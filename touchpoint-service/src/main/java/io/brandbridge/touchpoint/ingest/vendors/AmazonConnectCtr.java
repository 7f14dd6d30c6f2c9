package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.util.Set;

/**
 * Amazon Connect contact records (CTRs), as the contact record stream delivers them: one contact per record, a
 * transfer making a new contact whose {@code InitialContactId} names the first, so a chain forms one journey.
 */
@Singleton
final class AmazonConnectCtr extends VendorExport {

    AmazonConnectCtr(VendorFraming framing) {
        super(framing, "amazon-connect-ctr", IngestFormats.AMAZON_CONNECT_CTR, null,
                Set.of("ContactId", "InitiationTimestamp", "LastUpdateTimestamp", "InitialContactId",
                "CustomerEndpoint", "Agent", "Queue", "TransferredToEndpoint", "Channel", "InitiationMethod", "DisconnectReason"));
    }

    @Override
    public void map(JsonNode contact, RawRecord out) {
        VendorFields fields = new VendorFields(out);
        String contactId = fields.requiredText(contact, "ContactId", "externalId");
        out.externalId(contactId);
        out.occurredAt(fields.timestamp(contact, "InitiationTimestamp", "InitiationTimestamp", "occurredAt", true));
        out.sourceVersion(fields.timestamp(contact, "LastUpdateTimestamp", "LastUpdateTimestamp", "sourceVersion", false));
        String initialContactId = fields.text(contact, "InitialContactId", "InitialContactId");
        out.journeyId(initialContactId != null ? initialContactId : contactId);
        JsonNode customer = fields.object(contact, "CustomerEndpoint", "CustomerEndpoint");
        if (customer != null) {
            out.customerRef(fields.text(customer, "Address", "CustomerEndpoint.Address"));
        }
        JsonNode agent = fields.object(contact, "Agent", "Agent");
        JsonNode queue = fields.object(contact, "Queue", "Queue");
        if (queue != null) {
            String connected = agent == null ? null
                    : fields.timestamp(agent, "ConnectedToAgentTimestamp", "Agent.ConnectedToAgentTimestamp", null, false);
            out.flag("answered", connected != null);
            Double wait = fields.seconds(queue, "Duration", "Queue.Duration");
            if (wait != null) {
                out.metric("wait_seconds", wait);
            }
            fields.attribute("queue", fields.text(queue, "Name", "Queue.Name"));
        }
        if (agent != null) {
            out.metric("handle_seconds", VendorFields.total(fields.seconds(agent, "AgentInteractionDuration", "Agent.AgentInteractionDuration"),
                    fields.seconds(agent, "CustomerHoldDuration", "Agent.CustomerHoldDuration"),
                    fields.seconds(agent, "AfterContactWorkDuration", "Agent.AfterContactWorkDuration")));
        }
        if (VendorFields.present(contact, "TransferredToEndpoint")) {
            out.metric("transfers", 1);
        }
        fields.attribute("channel", fields.text(contact, "Channel", "Channel"));
        fields.attribute("initiationMethod", fields.text(contact, "InitiationMethod", "InitiationMethod"));
        fields.attribute("disconnectReason", fields.text(contact, "DisconnectReason", "DisconnectReason"));
    }
}
