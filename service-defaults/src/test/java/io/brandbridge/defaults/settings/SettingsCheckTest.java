package io.brandbridge.defaults.settings;

import io.brandbridge.defaults.security.InternalTokenConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsCheckTest {

    private static final String HINT = ": give every service the same random secret of at least 32 characters";

    @Test
    void validSettingsLetTheContextStart() {
        try (ApplicationContext context = start(Map.of("brandbridge.internal-token.secret", "${BB_TEST_SECRET:`0123456789abcdef0123456789abcdef`}"))) {
            assertEquals("0123456789abcdef0123456789abcdef", context.getBean(InternalTokenConfiguration.class).secret());
        }
    }

    @Test
    void aVariableThatIsNotSetIsNamedWithItsHint() {
        assertEquals(List.of("BB_TEST_UNSET_SECRET is not set" + HINT),
                problems(Map.of("brandbridge.internal-token.secret", "${BB_TEST_UNSET_SECRET}")));
    }

    @Test
    void aShortSecretIsNamedByTheVariableItsPlaceholderReads() {
        assertEquals(List.of("BB_TEST_SECRET must be at least 32 characters" + HINT),
                problems(Map.of("brandbridge.internal-token.secret", "${BB_TEST_SECRET:`too-short`}")));
    }

    @Test
    void aSettingWithoutPlaceholderIsNamedByTheVariableMicronautMapsToIt() {
        assertEquals(List.of("BRANDBRIDGE_INTERNAL_TOKEN_SECRET must be at least 32 characters" + HINT),
                problems(Map.of("brandbridge.internal-token.secret", "too-short")));
    }

    @Test
    void aPlaceholderNamingAnotherPropertyIsFollowedToTheVariableBehindItWhichIsToldOnce() {
        assertEquals(List.of("BB_TEST_PROMISE_URL must be an absolute http or https URL such as http://promise-service:8081"),
                problems(Map.of(
                        "micronaut.http.services.promise.url", "${BB_TEST_PROMISE_URL:`localhost:8081`}",
                        "micronaut.http.services.promise-unpooled.url", "${micronaut.http.services.promise.url}")));
    }

    @Test
    void anUnreadableValueSaysWhatKindOfValueIsExpected() {
        assertEquals(List.of("BB_TEST_TIMEOUT is 'soon', which is not a duration such as 500ms, 30s or 5m"),
                problems(Map.of("resilience4j.instances.demo.timeout", "${BB_TEST_TIMEOUT:soon}")));
    }

    @Test
    void aDurationOfZeroIsRefused() {
        assertEquals(List.of("RESILIENCE4J_INSTANCES_DEMO_TIMEOUT must be a positive duration such as 500ms, 30s or 5m"),
                problems(Map.of("resilience4j.instances.demo.timeout", "0s")));
    }

    @Test
    void aSizeLimitOfZeroIsRefused() {
        assertEquals(List.of("MAX_REQUEST_SIZE must be a size above zero such as 512KB or 10MB"),
                problems(Map.of("micronaut.server.max-request-size", "${MAX_REQUEST_SIZE:0KB}")));
    }

    @Test
    void everyWrongSettingIsReportedAtOnce() {
        assertEquals(List.of(
                        "BB_TEST_POOL_SIZE must be a whole number above zero",
                        "BB_TEST_UNSET_SECRET is not set" + HINT),
                problems(Map.of(
                        "brandbridge.internal-token.secret", "${BB_TEST_UNSET_SECRET}",
                        "datasources.default.url", "jdbc:h2:mem:settings",
                        "datasources.default.maximum-pool-size", "${BB_TEST_POOL_SIZE:0}")));
    }

    /** The problems start-up reports, sorted; the operator's settings outrank every other source, as environment variables do. */
    private static List<String> problems(Map<String, Object> settings) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(settings).close());
        InvalidSettingsException invalid = ServiceLauncher.invalidSettings(failure);
        assertNotNull(invalid, () -> "not a settings failure: " + failure);
        return invalid.problems().stream().map(SettingProblem::line).sorted().toList();
    }

    private static ApplicationContext start(Map<String, Object> settings) {
        return ApplicationContext.builder().propertySources(PropertySource.of("operator", settings, Integer.MAX_VALUE)).start();
    }
}
