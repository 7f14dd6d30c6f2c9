package io.brandbridge.defaults.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.1 response: the status line and headers (skipping interim 1xx answers), then at most a
 * given number of body bytes, framed by chunked encoding, Content-Length or the end of the connection.
 * What is not HTTP is a {@link ProtocolException} whose message says so in plain words; a body cut short by
 * the receiver closing is kept as far as it came.
 */
final class ResponseReader {

    private static final int MAX_HEAD_BYTES = 64 * 1024;
    private static final int MAX_CHUNK_LINE = 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([1-5]\\d\\d)(?: .*)?");

    /** The status and headers, names as the receiver wrote them. */
    record Head(int status, Map<String, List<String>> headers) {
    }

    private final InputStream in;
    private final int maxBodyBytes;
    private int headBytesLeft = MAX_HEAD_BYTES;

    ResponseReader(InputStream in, int maxBodyBytes) {
        this.in = in;
        this.maxBodyBytes = maxBodyBytes;
    }

    Head readHead() throws IOException {
        Head head;
        do {
            head = readOneHead();
        } while (head.status() < 200);
        return head;
    }

    byte[] readBody(Head head) throws IOException {
        if (head.status() == 204 || head.status() == 304) {
            return new byte[0];
        }
        List<String> encodings = values(head, "transfer-encoding");
        if (!encodings.isEmpty()) {
            // A transfer coding outranks Content-Length; without chunked last, the body runs to the end of the connection.
            return encodings.getLast().equalsIgnoreCase("chunked") ? readChunked() : in.readNBytes(maxBodyBytes);
        }
        List<String> lengths = values(head, "content-length");
        return in.readNBytes(lengths.isEmpty() ? maxBodyBytes : Math.min(contentLength(lengths), maxBodyBytes));
    }

    /** The body as text, without a character the cap cut in half. */
    static String text(byte[] body) {
        int end = body.length;
        int start = end - 1;
        while (start >= 0 && start > end - 4 && (body[start] & 0xC0) == 0x80) {
            start--;
        }
        if (start >= 0 && (body[start] & 0x80) != 0) {
            int lead = body[start] & 0xFF;
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
            if (end - start < length) {
                end = start;
            }
        }
        return new String(body, 0, end, StandardCharsets.UTF_8);
    }

    private Head readOneHead() throws IOException {
        String statusLine = readLine(true);
        if (statusLine == null) {
            throw new ProtocolException("the receiver closed the connection without answering");
        }
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            throw new ProtocolException("the receiver's answer is not an HTTP/1.1 response");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        for (String line = readLine(true); ; line = readLine(true)) {
            if (line == null) {
                throw new ProtocolException("the receiver closed the connection in the middle of the response headers");
            }
            if (line.isEmpty()) {
                return new Head(Integer.parseInt(status.group(1)), headers);
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                // An obsolete folded line continues the previous value.
                List<String> values = headers.get(lastName);
                values.set(values.size() - 1, values.getLast() + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ProtocolException("the response has a malformed header line");
            }
            lastName = line.substring(0, colon).strip();
            headers.computeIfAbsent(lastName, name -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (body.size() < maxBodyBytes) {
            String sizeLine = readLine(false);
            if (sizeLine == null) {
                break;
            }
            long size = chunkSize(sizeLine);
            if (size == 0) {
                break;
            }
            byte[] part = in.readNBytes((int) Math.min(size, maxBodyBytes - body.size()));
            body.writeBytes(part);
            if (part.length < size) {
                // Either the cap or the end of the connection: nothing more is read either way.
                break;
            }
            readLine(false);
        }
        return body.toByteArray();
    }

    private static long chunkSize(String line) throws ProtocolException {
        String hex = line.split(";", 2)[0].strip();
        if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new ProtocolException("the response body is not valid chunked encoding");
        }
        return Long.parseLong(hex, 16);
    }

    private static int contentLength(List<String> lengths) throws ProtocolException {
        String first = lengths.getFirst();
        if (!first.matches("\\d{1,18}") || lengths.stream().anyMatch(length -> !length.equals(first))) {
            throw new ProtocolException("the response has an invalid Content-Length");
        }
        return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(first));
    }

    /** One line without its CR LF, or null at the end of the stream before any byte of it. */
    private String readLine(boolean head) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int limit = head ? headBytesLeft : MAX_CHUNK_LINE;
        int c;
        while ((c = in.read()) != '\n') {
            if (c == -1) {
                if (line.size() == 0) {
                    return null;
                }
                break;
            }
            if (line.size() >= limit) {
                throw new ProtocolException(head ? "the response headers are too long" : "the response body is not valid chunked encoding");
            }
            line.write(c);
        }
        if (head) {
            headBytesLeft -= line.size() + 1;
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> values(Head head, String name) {
        List<String> values = new ArrayList<>();
        head.headers().forEach((key, list) -> {
            if (key.equalsIgnoreCase(name)) {
                list.forEach(value -> values.addAll(List.of(value.split("\\s*,\\s*"))));
            }
        });
        return values;
    }
}
