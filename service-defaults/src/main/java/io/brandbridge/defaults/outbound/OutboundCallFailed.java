package io.brandbridge.defaults.outbound;

/**
 * An outbound call that got no HTTP answer: it could not connect, timed out, failed TLS or read something
 * that is not HTTP. The message is a short reason in plain words, fit for a delivery log.
 */
public final class OutboundCallFailed extends Exception {

    OutboundCallFailed(String reason) {
        super(reason);
    }

    OutboundCallFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
