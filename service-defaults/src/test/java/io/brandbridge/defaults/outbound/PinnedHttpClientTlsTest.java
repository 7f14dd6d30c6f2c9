package io.brandbridge.defaults.outbound;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** https against a receiver whose self-signed certificate names only {@code localhost}. */
class PinnedHttpClientTlsTest {

    private static final char[] PASSWORD = "receiver-test".toCharArray();
    private static final byte[] PAYLOAD = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    private static final String ANSWER = "HTTP/1.1 200 OK\nContent-Length: 8\n\nreceived";

    private static SSLContext receiverTls;
    private static SSLContext trustingClientTls;

    @BeforeAll
    static void generateTheReceiversCertificate(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), output);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        receiverTls = SSLContext.getInstance("TLS");
        receiverTls.init(keyManagers.getKeyManagers(), null, null);

        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        trustingClientTls = SSLContext.getInstance("TLS");
        trustingClientTls.init(null, trust.getTrustManagers(), null);
    }

    @Test
    void aTrustedCertificateForTheUrlsHostLetsThePostThroughWithTheHostAsServerName() throws Exception {
        try (CannedReceiver receiver = CannedReceiver.overTls(receiverTls, ANSWER)) {
            OutboundResponse response = trusting().post(pinned("localhost", receiver.port()), Map.of("webhook-id", "msg_2"), PAYLOAD);

            assertEquals(200, response.status());
            assertEquals("received", response.bodyExcerpt());
            assertEquals(List.of("localhost"), receiver.serverNames());
            String request = receiver.requests().getFirst();
            assertTrue(request.startsWith("POST /in HTTP/1.1\r\n"), request);
            assertTrue(request.contains("\r\nHost: localhost:" + receiver.port() + "\r\n"), request);
            assertTrue(request.endsWith("\r\n\r\n{\"ok\":true}"), request);
        }
    }

    @Test
    void aCertificateForAnotherNameIsRefusedThoughTheAddressIsTheSame() throws Exception {
        try (CannedReceiver receiver = CannedReceiver.overTls(receiverTls, ANSWER)) {
            assertEquals("TLS handshake failed: the certificate is not for hooks.example.com", failure(trusting(), receiver, "hooks.example.com"));
            assertEquals(List.of(), receiver.requests());
        }
    }

    @Test
    void anAddressLiteralSendsNoServerNameAndMustBeInTheCertificate() throws Exception {
        try (CannedReceiver receiver = CannedReceiver.overTls(receiverTls, ANSWER)) {
            assertEquals("TLS handshake failed: the certificate is not for 127.0.0.1", failure(trusting(), receiver, "127.0.0.1"));
            assertEquals(List.of(), receiver.serverNames());
        }
    }

    @Test
    void aCertificateNoTrustedAuthoritySignedIsRefused() throws Exception {
        try (CannedReceiver receiver = CannedReceiver.overTls(receiverTls, ANSWER)) {
            assertEquals("TLS handshake failed: the certificate of localhost is not from a trusted authority",
                    failure(new PinnedHttpClient(OutboundHttpSettings.DEFAULTS), receiver, "localhost"));
        }
    }

    @Test
    void aPlainHttpReceiverOnAnHttpsUrlIsATlsFailure() throws Exception {
        CannedReceiver.Answer plain = (in, out) -> out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        try (CannedReceiver receiver = CannedReceiver.answeringAtOnce(plain)) {
            assertEquals("TLS handshake failed: the receiver did not answer with TLS", failure(trusting(), receiver, "localhost"));
        }
    }

    private static PinnedHttpClient trusting() {
        return new PinnedHttpClient(OutboundHttpSettings.DEFAULTS, trustingClientTls);
    }

    private static String failure(PinnedHttpClient client, CannedReceiver receiver, String host) {
        return assertThrows(OutboundCallFailed.class, () -> client.post(pinned(host, receiver.port()), Map.of(), PAYLOAD)).getMessage();
    }

    private static OutboundTarget pinned(String host, int port) throws Exception {
        return new OutboundTarget(URI.create("https://" + host + ":" + port + "/in"), host, port, List.of(InetAddress.getByName("127.0.0.1")));
    }
}
