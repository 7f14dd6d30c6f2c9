package io.brandbridge.gateway.connection;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;

import java.util.Locale;

/**
 * Narrows each request's {@code Accept-Encoding} to gzip or nothing (identity), whatever the client
 * offers, before the server (and a service behind it) picks an encoding: offered {@code *}, the server
 * would pick snappy, which browsers, curl and most HTTP tools cannot decode.
 */
@ChannelHandler.Sharable
final class AcceptEncodings extends ChannelInboundHandlerAdapter {

    static final AcceptEncodings INSTANCE = new AcceptEncodings();
    static final String GZIP = "gzip";

    private AcceptEncodings() {
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            var headers = request.headers();
            if (headers.contains(HttpHeaderNames.ACCEPT_ENCODING)) {
                boolean gzip = acceptsGzip(String.join(",", headers.getAll(HttpHeaderNames.ACCEPT_ENCODING)));
                headers.remove(HttpHeaderNames.ACCEPT_ENCODING);
                if (gzip) {
                    headers.set(HttpHeaderNames.ACCEPT_ENCODING, GZIP);
                }
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** gzip named with a weight above 0, or {@code *} above 0 when gzip itself is not refused (RFC 9110 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        Boolean named = null;
        boolean wildcard = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean wanted = weight(pieces) > 0;
            if (coding.equals(GZIP) || coding.equals("x-gzip")) {
                named = wanted;
            } else if (coding.equals("*")) {
                wildcard = wanted;
            }
        }
        return named != null ? named : wildcard;
    }

    private static double weight(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
