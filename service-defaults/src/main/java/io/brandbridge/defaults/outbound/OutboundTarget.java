package io.brandbridge.defaults.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * An approved outbound URL and the public addresses its host had when approved. The caller connects to
 * exactly these addresses (sending {@code host} as Host and TLS server name), so a DNS answer that changes
 * between the check and the connection cannot point it somewhere private.
 */
public record OutboundTarget(URI uri, String host, int port, List<InetAddress> addresses) {

    public OutboundTarget {
        addresses = List.copyOf(addresses);
    }
}
