package io.brandbridge.defaults.management;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration.NettyListenerConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The server listens twice: on the public port ({@code PORT}) for the application, and on the management
 * address for the management endpoints only. Micronaut's own {@code endpoints.all.port} would bind the
 * management port on the public host, so the listeners are set here.
 */
@Singleton
public class ManagementListener implements BeanCreatedEventListener<NettyHttpServerConfiguration> {

    private static final int DEFAULT_PORT = 8080;

    private final ManagementAddress address;

    public ManagementListener(ManagementAddress address) {
        this.address = address;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (server.getListeners() != null) {
            return server;
        }
        NettyListenerConfiguration application = NettyListenerConfiguration.createTcp(
                server.getHost().orElse(null), server.getPort().orElse(DEFAULT_PORT), false, null, null);
        NettyListenerConfiguration management = NettyListenerConfiguration.createTcp(address.host(), address.port(), false, null, null);
        management.setExposeDefaultRoutes(false);
        management.setSupportGracefulShutdown(false);
        server.setListeners(List.of(application, management));
        return server;
    }
}
