package io.brandbridge.defaults.outbound;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends one POST to an {@link OutboundTarget} that {@link OutboundUrlPolicy} approved, connecting only to the
 * addresses it checked (in order, until one answers) and never looking the host up again. The URL's host
 * still goes in the Host header, the TLS server name and the certificate check. Redirects are not followed;
 * the whole exchange shares one deadline, and only the start of the response body is read.
 */
@Singleton
public class PinnedHttpClient {

    private final OutboundHttpSettings settings;
    private final SSLContext tls;

    @Inject
    public PinnedHttpClient(OutboundHttpSettings settings) {
        this(settings, defaultTls());
    }

    /** With the trust (and client keys) of {@code tls}, for example a test certificate. */
    public PinnedHttpClient(OutboundHttpSettings settings, SSLContext tls) {
        this.settings = settings;
        this.tls = tls;
    }

    /**
     * Posts {@code body} as JSON with {@code headers} added and answers whatever the receiver replied.
     *
     * @throws OutboundCallFailed when no HTTP answer came back: no connection, the deadline passed, TLS failed or the answer was not HTTP
     * @throws IllegalArgumentException when the target is not http or https, or a header is invalid or sets the framing
     */
    public OutboundResponse post(OutboundTarget target, Map<String, String> headers, byte[] body) throws OutboundCallFailed {
        byte[] head = RequestHead.of(target, headers, body.length);
        boolean https = RequestHead.isHttps(target);
        Deadline deadline = Deadline.after(settings.timeout());
        Socket socket = connect(target, deadline);
        String peer = describe(socket.getInetAddress(), target.port());
        // Closing the socket at the deadline bounds every step after connecting: handshake, writes and reads.
        CompletableFuture<Void> alarm = CompletableFuture.runAsync(() -> closeQuietly(socket),
                CompletableFuture.delayedExecutor(deadline.remainingMillis(), TimeUnit.MILLISECONDS, Runnable::run));
        try (socket) {
            Socket channel = https ? handshake(socket, target) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
            ResponseReader reader = new ResponseReader(new BufferedInputStream(channel.getInputStream()), settings.maxResponseBytes());
            ResponseReader.Head answer = reader.readHead();
            String excerpt = ResponseReader.text(reader.readBody(answer));
            return new OutboundResponse(answer.status(), answer.headers(), excerpt, deadline.elapsed());
        } catch (IOException e) {
            throw failure(e, deadline, target, peer);
        } finally {
            alarm.cancel(false);
        }
    }

    private static Socket connect(OutboundTarget target, Deadline deadline) throws OutboundCallFailed {
        if (target.addresses().isEmpty()) {
            throw new OutboundCallFailed("no address to connect to for " + target.host());
        }
        List<String> reasons = new ArrayList<>();
        for (InetAddress address : target.addresses()) {
            if (deadline.passed()) {
                throw deadline.timedOut();
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()), deadline.remainingMillis());
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                if (e instanceof SocketTimeoutException || deadline.passed()) {
                    throw deadline.timedOut();
                }
                reasons.add(connectFailure(e, describe(address, target.port())));
            }
        }
        throw new OutboundCallFailed(String.join("; ", reasons));
    }

    private static String connectFailure(IOException e, String peer) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof ConnectException && message.contains("refused")) {
            return "connection refused by " + peer;
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to " + peer;
        }
        return "could not connect to " + peer + (message.isEmpty() ? "" : ": " + message);
    }

    private SSLSocket handshake(Socket socket, OutboundTarget target) throws IOException {
        String host = tlsName(target.host());
        SSLSocket secured = (SSLSocket) tls.getSocketFactory().createSocket(socket, host, target.port(), true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!isAddressLiteral(target.host())) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        secured.setSSLParameters(parameters);
        secured.startHandshake();
        return secured;
    }

    private static OutboundCallFailed failure(IOException e, Deadline deadline, OutboundTarget target, String peer) {
        if (deadline.passed()) {
            return deadline.timedOut();
        }
        if (e instanceof ProtocolException) {
            return new OutboundCallFailed(e.getMessage(), e);
        }
        if (e instanceof SSLException ssl) {
            return new OutboundCallFailed(TlsFailure.reason(ssl, target.host()), e);
        }
        String message = e.getMessage() == null ? "it broke" : e.getMessage().toLowerCase(Locale.ROOT);
        return new OutboundCallFailed("the connection to " + peer + " failed: " + message, e);
    }

    /** The name certificates are issued for: an IPv6 literal without brackets, a name without its final dot. */
    private static String tlsName(String host) {
        if (host.startsWith("[")) {
            return host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static boolean isAddressLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    private static String describe(InetAddress address, int port) {
        return (address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress()) + ":" + port;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already failing or finished; nothing to add.
        }
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK offers no default TLS", e);
        }
    }
}
