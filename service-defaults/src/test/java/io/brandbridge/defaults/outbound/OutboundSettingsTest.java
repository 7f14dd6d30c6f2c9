package io.brandbridge.defaults.outbound;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboundSettingsTest {

    @Test
    void theAllowlistAndPortsBindFromConfiguration() {
        try (ApplicationContext context = start(Map.of(
                "brandbridge.outbound-urls.allowed-hosts", List.of("LocalHost", "[::1]"),
                "brandbridge.outbound-urls.extra-ports", List.of(8443)))) {
            OutboundUrlSettings settings = context.getBean(OutboundUrlSettings.class);
            assertTrue(settings.allowsHost("localhost"));
            assertTrue(settings.allowsHost("[::1]"));
            assertTrue(settings.allowsHost("::1"));
            assertFalse(settings.allowsHost("127.0.0.1"));
            assertFalse(settings.allowHttp());
            assertEquals(List.of(8443), settings.extraPortsOrNone());
        }
    }

    @Test
    void withoutConfigurationNothingIsAllowedAndCallsHaveTheirDefaultLimits() {
        try (ApplicationContext context = start(Map.of())) {
            OutboundUrlSettings urls = context.getBean(OutboundUrlSettings.class);
            assertNull(urls.allowedHosts());
            assertFalse(urls.allowsHost("localhost"));
            assertEquals(OutboundHttpSettings.DEFAULTS, context.getBean(OutboundHttpSettings.class));
            context.getBean(PinnedHttpClient.class);
        }
    }

    @Test
    void callLimitsBindFromConfiguration() {
        try (ApplicationContext context = start(Map.of("brandbridge.outbound-http.timeout", "750ms",
                "brandbridge.outbound-http.max-response-bytes", 512))) {
            assertEquals(new OutboundHttpSettings(Duration.ofMillis(750), 512), context.getBean(OutboundHttpSettings.class));
        }
    }

    private static ApplicationContext start(Map<String, Object> settings) {
        return ApplicationContext.builder().propertySources(PropertySource.of("operator", settings, Integer.MAX_VALUE)).start();
    }
}
