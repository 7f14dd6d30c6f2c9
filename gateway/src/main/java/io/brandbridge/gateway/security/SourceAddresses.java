package io.brandbridge.gateway.security;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from: the connection's peer, unless that peer is a trusted proxy, in
 * which case the nearest {@code X-Forwarded-For} hop that is not one. A client can write anything into
 * that header, so only the hops our own proxies appended are believed.
 */
@Singleton
public class SourceAddresses {

    private static final String ATTRIBUTE = "brandbridge.gateway.sourceAddress";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final Set<String> trustedProxies;

    public SourceAddresses(ThrottleConfiguration configuration) {
        this.trustedProxies = configuration.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The source address, worked out once per request. */
    public String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElseGet(() -> {
            String address = resolve(request);
            request.setAttribute(ATTRIBUTE, address);
            return address;
        });
    }

    private String resolve(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress() == null
                ? request.getRemoteAddress().getHostString()
                : request.getRemoteAddress().getAddress().getHostAddress();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = request.getHeaders().getAll(FORWARDED_FOR).stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }
}
