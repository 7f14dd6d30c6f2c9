package io.brandbridge.defaults.outbound;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestHeadTest {

    @Test
    void theStandardPortIsLeftOutOfHostAndAnIpv6LiteralKeepsItsBrackets() throws Exception {
        assertEquals("POST /in?a=1 HTTP/1.1\r\nHost: hooks.example.com\r\n", firstTwoLines("https://hooks.example.com/in?a=1#frag", 443));
        assertEquals("POST / HTTP/1.1\r\nHost: hooks.example.com\r\n", firstTwoLines("http://hooks.example.com", 80));
        assertEquals("POST / HTTP/1.1\r\nHost: [2606:2800:220:1::1]:8443\r\n", firstTwoLines("https://[2606:2800:220:1::1]:8443/", 8443));
    }

    @Test
    void aCallersContentTypeReplacesTheDefaultAndFramingHeadersAreRefused() throws Exception {
        String head = new String(RequestHead.of(target("https://hooks.example.com/", 443),
                Map.of("Content-Type", "application/cloudevents+json"), 2), StandardCharsets.US_ASCII);
        assertEquals("POST / HTTP/1.1\r\nHost: hooks.example.com\r\nContent-Type: application/cloudevents+json\r\nContent-Length: 2\r\n"
                + "Connection: close\r\nUser-Agent: Brandbridge-Webhooks/1\r\n\r\n", head);

        OutboundTarget target = target("https://hooks.example.com/", 443);
        assertThrows(IllegalArgumentException.class, () -> RequestHead.of(target, Map.of("content-length", "0"), 2));
        assertThrows(IllegalArgumentException.class, () -> RequestHead.of(target, Map.of("Transfer-Encoding", "chunked"), 2));
        assertThrows(IllegalArgumentException.class, () -> RequestHead.of(target, Map.of("X-Id", "1\r\nHost: intranet"), 2));
        assertThrows(IllegalArgumentException.class, () -> RequestHead.of(target, Map.of("Bad Name", "1"), 2));
        assertThrows(IllegalArgumentException.class, () -> RequestHead.of(target("ftp://hooks.example.com/", 21), Map.of(), 2));
    }

    private static String firstTwoLines(String url, int port) throws Exception {
        String head = new String(RequestHead.of(target(url, port), Map.of(), 0), StandardCharsets.US_ASCII);
        return head.substring(0, head.indexOf("\r\n", head.indexOf("\r\n") + 2) + 2);
    }

    private static OutboundTarget target(String url, int port) throws Exception {
        URI uri = URI.create(url);
        return new OutboundTarget(uri, uri.getHost(), port, List.of(InetAddress.getByName("93.184.216.34")));
    }
}
