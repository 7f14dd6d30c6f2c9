package io.brandbridge.defaults.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;
import java.util.Locale;

/**
 * What an outbound URL a client sets (a webhook, for example) may use beyond https on port 443.
 * {@code allowHttp} is for tests against local stubs; {@code extraPorts} for receivers on other ports.
 * {@code allowedHosts} ({@code brandbridge.outbound-urls.allowed-hosts}) names hosts an operator trusts, such
 * as the local demo's loopback receiver: a URL with such a host may use http or https, any port, and reach any
 * address, private or loopback included. A host matches its entry ignoring case, and an IPv6 literal matches
 * with or without brackets; nothing else is widened by the list.
 */
@ConfigurationProperties("brandbridge.outbound-urls")
public record OutboundUrlSettings(@Bindable(defaultValue = "false") boolean allowHttp,
                                  @Nullable List<Integer> extraPorts,
                                  @Nullable List<String> allowedHosts) {

    public static final OutboundUrlSettings STRICT = new OutboundUrlSettings(false, List.of(), List.of());

    public OutboundUrlSettings {
        allowedHosts = allowedHosts == null ? null : allowedHosts.stream().map(OutboundUrlSettings::normalized).toList();
    }

    /** The settings without an allowlist, as they were before there was one. */
    public OutboundUrlSettings(boolean allowHttp, @Nullable List<Integer> extraPorts) {
        this(allowHttp, extraPorts, null);
    }

    public List<Integer> extraPortsOrNone() {
        return extraPorts == null ? List.of() : extraPorts;
    }

    /** Whether {@code host}, as {@link java.net.URI#getHost()} gives it, is on the operator's allowlist. */
    public boolean allowsHost(String host) {
        return allowedHosts != null && allowedHosts.contains(normalized(host));
    }

    private static String normalized(String host) {
        String trimmed = host.strip().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
