package io.brandbridge.alignment.webhooks;

import io.brandbridge.defaults.outbound.HostResolver;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DNS with answers a test sets per host: each look-up takes the next planned answer and keeps repeating the last one,
 * so a name can resolve to a public address at registration and to a private one at delivery.
 */
@Singleton
@Replaces(HostResolver.class)
@Requires(property = ScriptedDns.PROPERTY, value = "true")
class ScriptedDns implements HostResolver {

    static final String PROPERTY = "test.scripted-dns";

    private final Map<String, Deque<List<InetAddress>>> answers = new ConcurrentHashMap<>();

    void plan(String host, String... addresses) {
        Deque<List<InetAddress>> queue = answers.computeIfAbsent(host, h -> new ArrayDeque<>());
        synchronized (queue) {
            for (String address : addresses) {
                queue.add(List.of(parse(address)));
            }
        }
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        Deque<List<InetAddress>> queue = answers.get(host);
        if (queue == null) {
            throw new UnknownHostException(host);
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.poll() : queue.getFirst();
        }
    }

    private static InetAddress parse(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
