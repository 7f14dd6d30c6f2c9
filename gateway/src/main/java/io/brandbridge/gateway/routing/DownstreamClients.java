package io.brandbridge.gateway.routing;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

import java.util.Map;

/** One pooled HTTP client per downstream service; URLs and timeouts come from {@code micronaut.http.services.<id>}. */
@Singleton
public class DownstreamClients {

    private final Map<String, ProxyHttpClient> proxies;
    private final Map<String, HttpClient> clients;

    public DownstreamClients(@Client(id = Routes.PROMISE_SERVICE) ProxyHttpClient promiseProxy,
                             @Client(id = Routes.TOUCHPOINT_SERVICE) ProxyHttpClient touchpointProxy,
                             @Client(id = Routes.ALIGNMENT_SERVICE) ProxyHttpClient alignmentProxy,
                             @Client(id = Routes.PROMISE_SERVICE) HttpClient promise,
                             @Client(id = Routes.TOUCHPOINT_SERVICE) HttpClient touchpoint,
                             @Client(id = Routes.ALIGNMENT_SERVICE) HttpClient alignment) {
        this.proxies = Map.of(Routes.PROMISE_SERVICE, promiseProxy, Routes.TOUCHPOINT_SERVICE, touchpointProxy,
                Routes.ALIGNMENT_SERVICE, alignmentProxy);
        this.clients = Map.of(Routes.PROMISE_SERVICE, promise, Routes.TOUCHPOINT_SERVICE, touchpoint,
                Routes.ALIGNMENT_SERVICE, alignment);
    }

    public ProxyHttpClient proxy(String serviceId) {
        return proxies.get(serviceId);
    }

    public HttpClient client(String serviceId) {
        return clients.get(serviceId);
    }
}
