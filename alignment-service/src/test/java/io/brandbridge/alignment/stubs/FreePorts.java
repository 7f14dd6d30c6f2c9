package io.brandbridge.alignment.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a test server that binds it a moment later. Chosen below Linux's ephemeral range (32768–60999): a port
 * the system hands out for port 0 can be taken meanwhile by any process's outgoing connection, which made servers fail to
 * start when other builds ran beside the tests.
 */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;

    private FreePorts() {
    }

    public static int next() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // Try another one.
            }
        }
        throw new UncheckedIOException(new IOException("no free port between " + FIRST + " and " + LAST));
    }
}
