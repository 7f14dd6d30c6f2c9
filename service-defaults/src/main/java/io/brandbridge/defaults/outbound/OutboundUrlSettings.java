package io.brandbridge.defaults.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * What an outbound URL a client sets (a webhook, for example) may use beyond https on port 443.
 * {@code allowHttp} is for tests against local stubs; {@code extraPorts} for receivers on other ports.
 */
@ConfigurationProperties("brandbridge.outbound-urls")
public record OutboundUrlSettings(@Bindable(defaultValue = "false") boolean allowHttp,
                                  @Nullable List<Integer> extraPorts) {

    public static final OutboundUrlSettings STRICT = new OutboundUrlSettings(false, List.of());

    public List<Integer> extraPortsOrNone() {
        return extraPorts == null ? List.of() : extraPorts;
    }
}
