package io.brandbridge.defaults.ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port free right now, for a listener that binds it a moment later. It is chosen below Linux's ephemeral range
 * (32768–60999): a port the kernel hands out for port 0 can be taken meanwhile as the local end of any process's
 * outgoing connection, which now and then failed a server's start while other work ran beside it.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final int TRIES = 200;
    // Never the same port twice in one JVM, so two listeners settled one after the other cannot collide before binding.
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A free port on the loopback address. */
    public static int next() {
        return next(InetAddress.getLoopbackAddress());
    }

    /** A free port on {@code host}. */
    public static int next(InetAddress host) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, host)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Something else listens there; try another.
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FIRST + " and " + LAST + " on " + host.getHostAddress()));
    }
}
