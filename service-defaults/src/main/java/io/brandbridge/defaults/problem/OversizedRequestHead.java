package io.brandbridge.defaults.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * The framework answers every request head Netty found too long with 413; the decoder's cause says which
 * part it was, so the answer can be 414 for the request line (the URI) and 431 for the header fields.
 */
final class OversizedRequestHead {

    static final String URI_TOO_LONG_DETAIL = "The request URI is over the length limit";
    static final String HEADERS_TOO_LARGE_DETAIL = "The request header fields are over the size limit";

    private OversizedRequestHead() {
    }

    /** 414 or 431 when the request's head was over a limit, otherwise {@code null}. */
    static HttpStatus statusOf(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return null;
        }
        DecoderResult result = netty.getNativeRequest().decoderResult();
        if (result == null || !result.isFailure()) {
            return null;
        }
        if (result.cause() instanceof TooLongHttpLineException) {
            return HttpStatus.REQUEST_URI_TOO_LONG;
        }
        if (result.cause() instanceof TooLongHttpHeaderException) {
            return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        return null;
    }
}
