package io.brandbridge.defaults.management;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.management.endpoint.EndpointDefaultConfiguration;
import jakarta.inject.Singleton;

/** Every management endpoint answers only on the management port, whatever port the application listens on. */
@Singleton
public class ManagementEndpointPort implements BeanCreatedEventListener<EndpointDefaultConfiguration> {

    private final ManagementAddress address;

    public ManagementEndpointPort(ManagementAddress address) {
        this.address = address;
    }

    @Override
    public EndpointDefaultConfiguration onCreated(BeanCreatedEvent<EndpointDefaultConfiguration> event) {
        event.getBean().setPort(address.port());
        return event.getBean();
    }
}
