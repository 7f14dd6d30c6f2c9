package io.brandbridge.defaults.outbound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResponseReaderTest {

    /** {@code raw} is a response with a backslash and n for each CR LF; the cap is 8 bytes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'HTTP/1.1 200 OK\\nContent-Length: 3\\n\\nabcdef'                               | abc",
            "'HTTP/1.1 200 OK\\nContent-Length: 100\\n\\nabcdefghijkl'                       | abcdefgh",
            "'HTTP/1.1 200 OK\\nContent-Length: 100\\n\\nabc'                                | abc",
            "'HTTP/1.1 200 OK\\nTransfer-Encoding: chunked\\n\\n3;ext=1\\nabc\\n2\\nde\\n0\\n\\n'  | abcde",
            "'HTTP/1.1 200 OK\\nTransfer-Encoding: chunked\\n\\n5\\nabcde\\n5\\nfghij\\n0\\n\\n'   | abcdefgh",
            "'HTTP/1.1 200 OK\\nTransfer-Encoding: chunked\\nContent-Length: 1\\n\\n2\\nab\\n0\\n\\n' | ab",
            "'HTTP/1.0 500 Oops\\n\\nuntil the end'                                         | until th",
            "'HTTP/1.1 204 No Content\\nContent-Length: 5\\n\\nabcde'                         | ''",
    })
    void theBodyIsFramedAndCapped(String raw, String body) throws IOException {
        ResponseReader reader = reader(raw);
        assertEquals(body, new String(reader.readBody(reader.readHead()), StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'HTTP/2 200\\n\\n'                                          | the receiver's answer is not an HTTP/1.1 response",
            "'HTTP/1.1 200 OK\\nno colon here\\n\\n'                      | the response has a malformed header line",
            "'HTTP/1.1 200 OK\\nContent-Type: text/plain'               | the receiver closed the connection in the middle of the response headers",
            "'HTTP/1.1 200 OK\\nContent-Length: 3\\nContent-Length: 4\\n\\nabcd' | the response has an invalid Content-Length",
            "'HTTP/1.1 200 OK\\nContent-Length: -1\\n\\n'                 | the response has an invalid Content-Length",
    })
    void whatIsNotHttpIsNamed(String raw, String reason) {
        ProtocolException failure = assertThrows(ProtocolException.class, () -> {
            ResponseReader reader = reader(raw);
            reader.readBody(reader.readHead());
        });
        assertEquals(reason, failure.getMessage());
    }

    @Test
    void foldedAndRepeatedHeadersAreKept() throws IOException {
        ResponseReader.Head head = reader("HTTP/1.1 200 OK\nX-Note: one\n  and more\nSet-Cookie: a=1\nSet-Cookie: b=2\n\n").readHead();
        assertEquals(List.of("one and more"), head.headers().get("X-Note"));
        assertEquals(List.of("a=1", "b=2"), head.headers().get("Set-Cookie"));
    }

    @Test
    void aCharacterTheCapCutsInHalfIsLeftOut() {
        byte[] cafe = "café".getBytes(StandardCharsets.UTF_8);
        assertEquals("caf", ResponseReader.text(java.util.Arrays.copyOf(cafe, cafe.length - 1)));
        assertEquals("café", ResponseReader.text(cafe));
        byte[] euro = "a€".getBytes(StandardCharsets.UTF_8);
        assertEquals("a", ResponseReader.text(java.util.Arrays.copyOf(euro, 3)));
    }

    private static ResponseReader reader(String raw) {
        String crlf = raw.replace("\\n", "\n").replace("\n", "\r\n");
        return new ResponseReader(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.UTF_8)), 8);
    }
}
