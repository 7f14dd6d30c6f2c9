package io.brandbridge.touchpoint.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The push body as the parsers see it. A push refused part-way (unknown touchpoint, malformed JSON)
 * leaves body bytes unread, and the server then never reads the client's next request on that
 * connection; {@link #finish()} reads the rest and drops it before the answer goes out.
 */
final class RequestBodyStream extends FilterInputStream {

    RequestBodyStream(InputStream body) {
        super(body);
    }

    /** The parsers close what they read; the body itself stays open until {@link #finish()}. */
    @Override
    public void close() {
    }

    /** Drops what is left of the body (the server's size limit bounds it) and closes it. */
    void finish() {
        try (InputStream body = in) {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Over the size limit or the client went away: the server closes the connection itself.
        }
    }
}
