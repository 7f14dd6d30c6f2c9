package io.brandbridge.defaults.outbound;

import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A receiver on 127.0.0.1 that reads each request and answers with exactly the bytes a test gives it, so a
 * test can send what a well-behaved HTTP server never would. It records every request and, over TLS, the
 * server name each client asked for.
 */
final class CannedReceiver implements AutoCloseable {

    /** What the receiver does once it has read a request. */
    @FunctionalInterface
    interface Answer {
        void give(InputStream in, OutputStream out) throws IOException, InterruptedException;
    }

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?im)^content-length:\\s*(\\d+)\\s*$");

    private final ServerSocket server;
    private final Answer answer;
    private final boolean readsRequest;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    private CannedReceiver(ServerSocket server, Answer answer, boolean readsRequest) {
        this.server = server;
        this.answer = answer;
        this.readsRequest = readsRequest;
    }

    static CannedReceiver answering(Answer answer) throws IOException {
        return new CannedReceiver(new ServerSocket(), answer, true).start();
    }

    /** Answers as soon as a client connects, before it has read a byte of the request. */
    static CannedReceiver answeringAtOnce(Answer answer) throws IOException {
        return new CannedReceiver(new ServerSocket(), answer, false).start();
    }

    static CannedReceiver answering(String response) throws IOException {
        return answering(bytes(response));
    }

    static CannedReceiver overTls(SSLContext tls, String response) throws IOException {
        SSLServerSocket server = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket();
        CannedReceiver receiver = new CannedReceiver(server, bytes(response), true);
        SSLParameters parameters = server.getSSLParameters();
        parameters.setSNIMatchers(List.of(new SNIMatcher(0) {
            @Override
            public boolean matches(SNIServerName name) {
                receiver.serverNames.add(((SNIHostName) name).getAsciiName());
                return true;
            }
        }));
        server.setSSLParameters(parameters);
        return receiver.start();
    }

    /** Writes {@code response} (CR LF written as "\n" in the test) and closes. */
    static Answer bytes(String response) {
        return (in, out) -> out.write(response.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Holds the connection open without a word until the client gives up. */
    static Answer silence() {
        return (in, out) -> in.transferTo(OutputStream.nullOutputStream());
    }

    int port() {
        return server.getLocalPort();
    }

    List<String> requests() {
        return requests;
    }

    List<String> serverNames() {
        return serverNames;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }

    private CannedReceiver start() throws IOException {
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        Thread.ofPlatform().daemon().name("canned-receiver").start(this::acceptAll);
        return this;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                Thread.ofPlatform().daemon().name("canned-connection").start(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            if (readsRequest) {
                String head = readHead(in);
                Matcher length = CONTENT_LENGTH.matcher(head);
                byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
                requests.add(head + new String(body, StandardCharsets.UTF_8));
            }
            OutputStream out = connection.getOutputStream();
            answer.give(in, out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // The client went away or the test is over; the test sees what was recorded.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0D0A0D0A) {
            int c = in.read();
            if (c == -1) {
                break;
            }
            head.write(c);
            lastFour = (lastFour << 8) | c;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
