package io.brandbridge.bench.ingest;

import java.time.Instant;

/**
 * One generated call as an Amazon Connect contact record (CTR), and as the native interaction that CTR maps to, so both
 * pushes store the same rows: queue wait, answered, handle time, a transfer flag, journey, customer and four attributes.
 */
final class ContactRecords {

    private static final String[] DISCONNECT = {"CUSTOMER_DISCONNECT", "AGENT_DISCONNECT"};

    private ContactRecords() {
    }

    static void appendCtr(CallCentreCalls.Call call, StringBuilder out) {
        double[] m = call.metrics();
        boolean answered = m[1] == 1;
        Instant queued = call.at().plusSeconds(12);
        Instant dequeued = queued.plusSeconds((long) m[0]);
        out.append("{\"AWSAccountId\":\"123456789012\",\"AWSContactTraceRecordFormatVersion\":\"2017-03-10\",\"Channel\":\"VOICE\"")
                .append(",\"ContactId\":\"").append(call.externalId()).append('"')
                .append(",\"InitialContactId\":").append(quotedOrNull(call.journeyId()))
                .append(",\"InitiationMethod\":\"INBOUND\",\"InitiationTimestamp\":\"").append(call.at()).append('"')
                .append(",\"ConnectedToSystemTimestamp\":\"").append(call.at().plusSeconds(1)).append('"')
                .append(",\"CustomerEndpoint\":").append(call.customerRef() == null ? "null"
                        : "{\"Address\":\"" + call.customerRef() + "\",\"Type\":\"TELEPHONE_NUMBER\"}")
                .append(",\"SystemEndpoint\":{\"Address\":\"+441134960999\",\"Type\":\"TELEPHONE_NUMBER\"}")
                .append(",\"Queue\":{\"ARN\":\"arn:aws:connect:eu-west-2:123456789012:instance/bench/queue/").append(call.queue())
                .append("\",\"Name\":\"").append(call.queue()).append("\",\"Duration\":").append((long) m[0])
                .append(",\"EnqueueTimestamp\":\"").append(queued).append("\",\"DequeueTimestamp\":\"").append(dequeued).append("\"}");
        if (answered) {
            out.append(",\"Agent\":{\"Username\":\"").append(call.agentId()).append("\",\"ConnectedToAgentTimestamp\":\"").append(dequeued)
                    .append("\",\"AgentInteractionDuration\":").append((long) m[2])
                    .append(",\"CustomerHoldDuration\":0,\"AfterContactWorkDuration\":0,\"NumberOfHolds\":0}");
        } else {
            out.append(",\"Agent\":null");
        }
        out.append(",\"TransferredToEndpoint\":").append(m[3] > 0 ? "{\"Address\":\"+441134960998\",\"Type\":\"TELEPHONE_NUMBER\"}" : "null")
                .append(",\"DisconnectReason\":\"").append(disconnectReason(call)).append('"')
                .append(",\"DisconnectTimestamp\":\"").append(dequeued.plusSeconds(answered ? (long) m[2] : 0)).append('"')
                .append(",\"LastUpdateTimestamp\":\"").append(dequeued.plusSeconds(answered ? (long) m[2] + 60 : 60)).append("\"}");
    }

    /** The native interaction the CTR above maps to. */
    static void appendNative(CallCentreCalls.Call call, StringBuilder out) {
        double[] m = call.metrics();
        boolean answered = m[1] == 1;
        out.append("{\"externalId\":\"").append(call.externalId()).append("\",\"occurredAt\":\"").append(call.at())
                .append("\",\"journeyId\":\"").append(call.journeyId() != null ? call.journeyId() : call.externalId()).append('"');
        if (call.customerRef() != null) {
            out.append(",\"customerRef\":\"").append(call.customerRef()).append('"');
        }
        out.append(",\"metrics\":{\"answered\":").append(answered).append(",\"wait_seconds\":").append((long) m[0]);
        if (answered) {
            out.append(",\"handle_seconds\":").append((long) m[2]);
        }
        if (m[3] > 0) {
            out.append(",\"transfers\":1");
        }
        out.append("},\"attributes\":{\"queue\":\"").append(call.queue()).append("\",\"channel\":\"VOICE\",\"initiationMethod\":\"INBOUND\"")
                .append(",\"disconnectReason\":\"").append(disconnectReason(call)).append("\"}}");
    }

    private static String disconnectReason(CallCentreCalls.Call call) {
        return DISCONNECT[(int) (call.number() % DISCONNECT.length)];
    }

    private static String quotedOrNull(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
