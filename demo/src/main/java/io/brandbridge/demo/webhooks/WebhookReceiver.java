package io.brandbridge.demo.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook endpoint on loopback that keeps every request it gets and answers each with the status its {@link Answerer}
 * picks. Each request is handled on a virtual thread of its own, so an answerer that blocks (a receiver that hangs)
 * holds up only that request.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** Chooses the status code for one request; it may block, and an interrupt or an exception answers nothing. */
    @FunctionalInterface
    public interface Answerer {
        int answer(ReceivedWebhook request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final ConcurrentLinkedQueue<ReceivedWebhook> received = new ConcurrentLinkedQueue<>();
    private final Answerer answerer;

    private WebhookReceiver(int port, Answerer answerer) {
        this.answerer = answerer;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
    }

    /** Listens on 127.0.0.1 at {@code port} (0 for any free one). */
    public static WebhookReceiver start(int port, Answerer answerer) {
        WebhookReceiver receiver = new WebhookReceiver(port, answerer);
        receiver.server.start();
        return receiver;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Every request so far, in the order they arrived. */
    public List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Instant arrivedAt = Instant.now();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            ReceivedWebhook request = new ReceivedWebhook(arrivedAt, exchange.getRequestURI().getPath(), Map.copyOf(headers),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            int status;
            try {
                status = answerer.answer(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                return;
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
