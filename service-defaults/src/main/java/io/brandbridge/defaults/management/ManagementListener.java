package io.brandbridge.defaults.management;

import io.micronaut.context.env.Environment;
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
    private static final int ANY_FREE_PORT = -1;

    private final ManagementAddress address;
    private final Environment environment;

    public ManagementListener(ManagementAddress address, Environment environment) {
        this.address = address;
        this.environment = environment;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (server.getListeners() != null) {
            return server;
        }
        NettyListenerConfiguration application = NettyListenerConfiguration.createTcp(
                server.getHost().orElse(null), server.getPort().orElseGet(this::defaultPort), false, null, null);
        NettyListenerConfiguration management = NettyListenerConfiguration.createTcp(address.host(), address.port(), false, null, null);
        management.setExposeDefaultRoutes(false);
        management.setSupportGracefulShutdown(false);
        server.setListeners(List.of(application, management));
        return server;
    }

    /** As Micronaut chooses when no port is set: any free one under test, else 8080. */
    private int defaultPort() {
        return environment.getActiveNames().contains(Environment.TEST) ? ANY_FREE_PORT : DEFAULT_PORT;
    }
}
