package io.brandbridge.gateway.openapi;

import io.brandbridge.gateway.routing.DownstreamClients;
import io.brandbridge.gateway.routing.Routes;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The services' generated OpenAPI documents ({@code /swagger/<service-id>.yml}), fetched at run
 * time so the merged document always describes the services actually deployed, whatever their
 * build order. The last good copy is kept; a service that was never reached is left out.
 */
@Singleton
public class ServiceDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceDocuments.class);

    private final DownstreamClients clients;
    private final OpenApiConfiguration configuration;
    private final Map<String, Fetched> documents = new ConcurrentHashMap<>();
    private final Map<String, Long> failedAt = new ConcurrentHashMap<>();

    public ServiceDocuments(DownstreamClients clients, OpenApiConfiguration configuration) {
        this.clients = clients;
        this.configuration = configuration;
    }

    /** Blocking: each service's document, refreshed where due, in {@link Routes#SERVICES} order. */
    public Map<String, Fetched> current() {
        Flux.fromIterable(Routes.SERVICES)
                .filter(this::isDue)
                .flatMap(this::fetch)
                .blockLast();
        Map<String, Fetched> current = new LinkedHashMap<>();
        Routes.SERVICES.forEach(id -> Optional.ofNullable(documents.get(id)).ifPresent(d -> current.put(id, d)));
        return current;
    }

    private boolean isDue(String serviceId) {
        long now = System.nanoTime();
        Long failed = failedAt.get(serviceId);
        if (failed != null && now - failed < configuration.retry().toNanos()) {
            return false;
        }
        Fetched fetched = documents.get(serviceId);
        return fetched == null || now - fetched.fetchedAt() >= configuration.refresh().toNanos();
    }

    private Mono<Void> fetch(String serviceId) {
        return Mono.from(clients.client(serviceId).retrieve(HttpRequest.GET("/swagger/" + serviceId + ".yml"), String.class))
                .timeout(configuration.fetchTimeout())
                .map(Yaml::read)
                .doOnNext(doc -> {
                    documents.put(serviceId, new Fetched(doc, System.nanoTime()));
                    failedAt.remove(serviceId);
                })
                .onErrorResume(error -> {
                    LOG.warn("OpenAPI document of {} unavailable: {}", serviceId, error.toString());
                    failedAt.put(serviceId, System.nanoTime());
                    return Mono.empty();
                })
                .then();
    }

    /** A parsed document and when it was fetched ({@link System#nanoTime()}). */
    public record Fetched(Map<String, Object> document, long fetchedAt) {
    }
}
