package io.brandbridge.gateway.connection;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection in stages when a request body is still arriving (RFC 9112 section 9.6): the
 * answer goes out, then the gateway's side of the connection, and what the client still sends is read
 * and dropped until it closes too, or {@link #LINGER} has passed. Closed at once, the unread bytes make
 * the kernel reset the connection, and the client may lose the answer it was about to read, such as
 * a 413 for a body over the limit.
 */
final class LingeringClose extends ChannelDuplexHandler {

    static final Duration LINGER = Duration.ofSeconds(2);

    private boolean bodyPending;
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
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (lingering || !bodyPending || !(ctx.channel() instanceof DuplexChannel channel) || !channel.isActive()) {
            ctx.close(promise);
            return;
        }
        lingering = true;
        // Everything written so far goes out before the write side closes; then the rest of the body is drained.
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(flushed -> channel.shutdownOutput().addListener(shut -> {
            channel.config().setAutoRead(true);
            ctx.read();
        }));
        ScheduledFuture<?> cutOff = ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        // Whoever closes it, the client or the cut-off, the close that was asked for is then done.
        channel.closeFuture().addListener((ChannelFutureListener) closed -> {
            cutOff.cancel(false);
            promise.trySuccess();
        });
    }
}
