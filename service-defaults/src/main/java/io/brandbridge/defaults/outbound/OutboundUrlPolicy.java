package io.brandbridge.defaults.outbound;

import io.brandbridge.defaults.problem.ProblemException;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether the platform may call a URL a client gave it (OWASP API7, server-side request forgery):
 * https only (http only where a setting allows it), no user name or password, the standard port unless
 * another is allowed, and a host whose every address is public. IP addresses are accepted only in their
 * standard written form, so decimal, octal and hexadecimal spellings of 127.0.0.1 are refused outright.
 * A host on the operator's allowlist ({@link OutboundUrlSettings#allowedHosts()}) may use http or https, any
 * port and any address. The host is looked up on every call, so approve the URL again before each delivery
 * and connect to the addresses it returns. A refusal is a 422 naming the field.
 */
@Singleton
public class OutboundUrlPolicy {

    static final int MAX_LENGTH = 2048;
    private static final String NON_STANDARD_NUMBER = "must write an IP address as four decimal numbers (like 93.184.216.34) or use a host name";
    private static final Pattern DOTTED_QUAD = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    // A DNS top-level label never starts with a digit, so such a host is meant as a number.
    private static final Pattern NUMERIC_LOOKING = Pattern.compile("(?i)(.*\\.)?(0x[0-9a-f]*|[0-9][0-9a-z]*)\\.?");

    private final OutboundUrlSettings settings;
    private final HostResolver resolver;

    public OutboundUrlPolicy(OutboundUrlSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * The target of {@code url} with the addresses to connect to; {@code pointer} names the field in a refusal.
     *
     * @throws ProblemException 422 naming {@code pointer} when the URL may not be called
     */
    public OutboundTarget approve(String pointer, String url) {
        URI uri = parse(pointer, url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        boolean trusted = host != null && settings.allowsHost(host);
        boolean httpAllowed = settings.allowHttp() || trusted;
        if (!scheme.equals("https") && !(scheme.equals("http") && httpAllowed)) {
            throw refused(pointer, httpAllowed ? "must be an https or http URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(pointer, "must not contain a user name or password");
        }
        if (host == null || host.isEmpty()) {
            throw refused(pointer, "must name a host");
        }
        int port = port(pointer, uri, scheme, trusted);
        List<InetAddress> addresses = addresses(pointer, host);
        for (InetAddress address : addresses) {
            if (!trusted && !PublicAddresses.isPublic(address)) {
                // Which address it was stays unsaid: the answer must not map a private network for the caller.
                throw refused(pointer, "must point to a public internet address");
            }
        }
        return new OutboundTarget(uri, host, port, addresses);
    }

    private static URI parse(String pointer, String url) {
        if (url == null || url.isBlank()) {
            throw refused(pointer, "must be an absolute URL");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused(pointer, "must be at most " + MAX_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.isOpaque()) {
                throw refused(pointer, "must be an absolute URL");
            }
            if (uri.getRawAuthority() != null && uri.getHost() == null) {
                // java.net.URI leaves the host empty when it is neither a name nor a standard IPv4 address, e.g. "0177.0.0.1".
                String written = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
                throw refused(pointer, NUMERIC_LOOKING.matcher(written).matches() ? NON_STANDARD_NUMBER : "must name a valid host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw refused(pointer, "must be a valid absolute URL");
        }
    }

    private int port(String pointer, URI uri, String scheme, boolean trusted) {
        int standard = scheme.equals("https") ? 443 : 80;
        int port = uri.getPort() == -1 ? standard : uri.getPort();
        if (!trusted && port != standard && !settings.extraPortsOrNone().contains(port)) {
            throw refused(pointer, "must use the standard port " + standard);
        }
        return port;
    }

    private List<InetAddress> addresses(String pointer, String host) {
        try {
            if (host.startsWith("[")) {
                // An IPv6 literal: parsed, not looked up.
                return List.of(InetAddress.getByName(host.substring(1, host.length() - 1)));
            }
            if (DOTTED_QUAD.matcher(host).matches()) {
                return List.of(InetAddress.getByName(host));
            }
            if (NUMERIC_LOOKING.matcher(host).matches()) {
                throw refused(pointer, NON_STANDARD_NUMBER);
            }
            List<InetAddress> resolved = resolver.resolve(host);
            if (resolved.isEmpty()) {
                throw refused(pointer, "must name a host that exists; " + host + " has no address");
            }
            return resolved;
        } catch (UnknownHostException e) {
            throw refused(pointer, "must name a host that exists; " + host + " has no address");
        }
    }

    private static ProblemException refused(String pointer, String message) {
        return ProblemException.invalid(pointer, message);
    }
}
