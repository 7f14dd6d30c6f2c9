package io.brandbridge.defaults.management;

import io.brandbridge.defaults.ports.FreePorts;
import jakarta.inject.Singleton;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The management listener's host and port, with port 0 settled once on a free port: the listener and the
 * endpoint routes, which answer only on that port, must agree on it.
 */
@Singleton
public class ManagementAddress {

    private final String host;
    private final int port;

    public ManagementAddress(ManagementSettings settings) {
        this.host = settings.host();
        this.port = settings.port() == 0 ? freePort(settings.host()) : settings.port();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    private static int freePort(String host) {
        try {
            return FreePorts.next(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            throw new UncheckedIOException("No free port for the management endpoints on " + host, e);
        }
    }
}
