package io.brandbridge.gateway.routing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Per downstream service: a pooled client, and an unpooled one for requests with a body, whose connection
 * is unusable after a service answered before the body was through. URLs and timeouts come from
 * {@code micronaut.http.services.<id>} and {@code <id>-unpooled}.
 */
@Singleton
public class DownstreamClients {

    private static final String UNPOOLED = "-unpooled";

    private final Map<String, ProxyHttpClient> proxies;
    private final Map<String, ProxyHttpClient> unpooledProxies;
    private final Map<String, HttpClient> clients;

    public DownstreamClients(@Client(id = Routes.PROMISE_SERVICE) ProxyHttpClient promiseProxy,
                             @Client(id = Routes.TOUCHPOINT_SERVICE) ProxyHttpClient touchpointProxy,
                             @Client(id = Routes.ALIGNMENT_SERVICE) ProxyHttpClient alignmentProxy,
                             @Client(id = Routes.PROMISE_SERVICE + UNPOOLED) ProxyHttpClient promiseUnpooled,
                             @Client(id = Routes.TOUCHPOINT_SERVICE + UNPOOLED) ProxyHttpClient touchpointUnpooled,
                             @Client(id = Routes.ALIGNMENT_SERVICE + UNPOOLED) ProxyHttpClient alignmentUnpooled,
                             @Client(id = Routes.PROMISE_SERVICE) HttpClient promise,
                             @Client(id = Routes.TOUCHPOINT_SERVICE) HttpClient touchpoint,
                             @Client(id = Routes.ALIGNMENT_SERVICE) HttpClient alignment) {
        this.proxies = Map.of(Routes.PROMISE_SERVICE, promiseProxy, Routes.TOUCHPOINT_SERVICE, touchpointProxy,
                Routes.ALIGNMENT_SERVICE, alignmentProxy);
        this.unpooledProxies = Map.of(Routes.PROMISE_SERVICE, promiseUnpooled, Routes.TOUCHPOINT_SERVICE, touchpointUnpooled,
                Routes.ALIGNMENT_SERVICE, alignmentUnpooled);
        this.clients = Map.of(Routes.PROMISE_SERVICE, promise, Routes.TOUCHPOINT_SERVICE, touchpoint,
                Routes.ALIGNMENT_SERVICE, alignment);
    }

    public ProxyHttpClient proxy(String serviceId) {
        return proxies.get(serviceId);
    }

    /** For a request with a body: its connection is closed after the exchange, never reused. */
    public ProxyHttpClient unpooledProxy(String serviceId) {
        return unpooledProxies.get(serviceId);
    }

    public HttpClient client(String serviceId) {
        return clients.get(serviceId);
    }
}
