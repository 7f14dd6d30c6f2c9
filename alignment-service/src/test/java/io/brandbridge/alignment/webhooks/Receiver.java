package io.brandbridge.alignment.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real webhook receiver on loopback: records every request, and answers each from a queue of planned answers (200 when
 * the queue is empty). An answer of status 0 hangs until the receiver is closed.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().getFirst()).orElse(null);
        }

        /** Verifies the Standard Webhooks signature and timestamp with {@code secret}, as a receiver's library would. */
        boolean verifiesWith(String secret) {
            Map<String, List<String>> lowerCased = new HashMap<>();
            headers.forEach((name, values) -> lowerCased.put(name.toLowerCase(Locale.ROOT), values));
            try {
                new Webhook(secret).verify(body, lowerCased);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            }
        }
    }

    /** A planned answer: a status code and extra headers. */
    record Answer(int status, Map<String, String> headers) {
        static Answer of(int status) {
            return new Answer(status, Map.of());
        }
    }

    /** Whether one of the request's signatures is {@code secret}'s, leaving out the library's check that the timestamp is recent. */
    static boolean signatureMatches(Request request, String secret) {
        try {
            String expected = new Webhook(secret).sign(request.header("webhook-id"), Long.parseLong(request.header("webhook-timestamp")), request.body());
            return List.of(request.header("webhook-signature").split(" ")).contains(expected);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException(e);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final List<Request> all = new ArrayList<>();
    private final ConcurrentLinkedQueue<Answer> plan = new ConcurrentLinkedQueue<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            Request request = new Request(Map.copyOf(exchange.getRequestHeaders()), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            synchronized (all) {
                all.add(request);
            }
            received.add(request);
            Answer answer = plan.poll();
            if (answer == null) {
                answer = Answer.of(200);
            }
            if (answer.status() == 0) {
                try {
                    closing.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void plan(Answer... answers) {
        plan.addAll(List.of(answers));
    }

    /** The next request to arrive, waiting up to {@code within}; null when none came. */
    Request next(Duration within) throws InterruptedException {
        return received.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Request> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
