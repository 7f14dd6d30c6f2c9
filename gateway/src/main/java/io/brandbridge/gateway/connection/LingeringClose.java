package io.brandbridge.gateway.connection;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An answer that goes out while its request's body is still arriving ends the connection: the rest of
 * the body would otherwise be read as the next request. The answer says {@code Connection: close}, and
 * the connection closes in stages (RFC 9112 section 9.6): the answer goes out, then the gateway's side
 * of the connection, and what the client still sends is read and dropped until it closes too, or
 * {@link #LINGER} has passed. Closed at once, the unread bytes make the kernel reset the connection,
 * and the client may lose the answer it was about to read, such as a 413 for a body over the limit.
 */
final class LingeringClose extends ChannelDuplexHandler {

    static final Duration LINGER = Duration.ofSeconds(2);

    private boolean bodyPending;
    private boolean closeAfterAnswer;
    private boolean lingering;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (lingering) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            bodyPending = HttpUtil.getContentLength(request, 0L) > 0 || HttpUtil.isTransferEncodingChunked(request);
        }
        if (msg instanceof LastHttpContent) {
            bodyPending = false;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (lingering) {
            ctx.read();
            return;
        }
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof HttpResponse response && bodyPending && response.status().codeClass() != HttpStatusClass.INFORMATIONAL) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            closeAfterAnswer = true;
        }
        ctx.write(msg, promise);
        if (closeAfterAnswer && msg instanceof LastHttpContent) {
            closeAfterAnswer = false;
            linger(ctx, ctx.newPromise());
        }
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (lingering) {
            // Already closing in stages; this close is done when that one is.
            ctx.channel().closeFuture().addListener((ChannelFutureListener) closed -> promise.trySuccess());
        } else if (bodyPending) {
            linger(ctx, promise);
        } else {
            ctx.close(promise);
        }
    }

    private void linger(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (!(ctx.channel() instanceof DuplexChannel channel) || !channel.isActive()) {
            ctx.close(promise);
            return;
        }
        lingering = true;
        // Everything written so far goes out before the write side closes; then the rest of the body is drained.
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(flushed -> channel.shutdownOutput().addListener(shut -> {
            channel.config().setAutoRead(true);
            ctx.read();
        }));
        // The next handler closes for real: a client still sending after this has had its chance to read.
        ScheduledFuture<?> cutOff = ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener((ChannelFutureListener) closed -> {
            cutOff.cancel(false);
            promise.trySuccess();
        });
    }
}
