package io.brandbridge.gateway.connection;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;

/**
 * The OWASP REST headers on every answer the gateway sends, its own and those passed through: no
 * MIME sniffing, no framing, no referrer, nothing stored by caches unless the answer says otherwise,
 * and for anything but a page a policy that lets the answer load nothing at all. A page (Swagger UI, the
 * dashboard) keeps the policy its handler gave it, if any.
 * Set here, on the connection, because a server filter would cost every proxied request a hop.
 */
@ChannelHandler.Sharable
final class SecurityHeaders extends ChannelOutboundHandlerAdapter {

    static final SecurityHeaders INSTANCE = new SecurityHeaders();

    private SecurityHeaders() {
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response) {
            HttpHeaders headers = response.headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.contains(HttpHeaderNames.CACHE_CONTROL)) {
                headers.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
            }
            String type = headers.get(HttpHeaderNames.CONTENT_TYPE);
            // A page's own policy stays, also on its 304, which has no Content-Type: replacing it blanked every reload.
            if (!headers.contains(HttpHeaderNames.CONTENT_SECURITY_POLICY) && (type == null || !type.startsWith("text/html"))) {
                headers.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
            }
        }
        ctx.write(msg, promise);
    }
}
