package io.brandbridge.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * There is no container engine on the build machines, so this reads docker-compose.yml and checks
 * it against what each service actually reads from its application.yml: ports, environment
 * variable names, schema names and users, health checks, limits and start-up order. It also holds the
 * rules for secrets: every one comes from the environment with {@code ${VARIABLE:?message}}, none has a
 * default, and only the gateway's port is published.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DEFAULT_PORT = Pattern.compile("port: \\$\\{PORT:(\\d+)}");
    private static final Pattern SECRET_NAME = Pattern.compile("SECRET|PASSWORD|_KEY$");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]+}");
    private static final Pattern APPLICATION_SECRET = Pattern.compile("\\$\\{(BRANDBRIDGE_[A-Z_]*(?:SECRET|KEY)):?([^}]*)}");
    private static final Pattern FALLBACK = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):?-[^}]*}");

    enum Service {
        PROMISE("promise-service", "promise"),
        TOUCHPOINT("touchpoint-service", "touchpoint"),
        ALIGNMENT("alignment-service", "alignment"),
        GATEWAY("gateway", "gateway");

        final String module;
        final String schema;

        Service(String module, String schema) {
            this.module = module;
            this.schema = schema;
        }
    }

    private final Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));

    @ParameterizedTest
    @EnumSource(Service.class)
    void portMatchesTheServiceConfiguration(Service service) {
        int port = configuredPort(service);
        Map<String, Object> definition = definition(service);
        assertEquals(String.valueOf(port), String.valueOf(environment(definition).get("PORT")));
        String health = String.valueOf(map(definition.get("healthcheck")).get("test"));
        assertTrue(health.contains("localhost:" + port + "/health/readiness"), health);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void onlyTheGatewayPublishesAPort(Service service) {
        List<String> published = list(definition(service).get("ports"));
        if (service == Service.GATEWAY) {
            assertEquals(List.of("8080:8080"), published);
        } else {
            assertEquals(List.of(), published, service.module + " is reached only through the gateway");
        }
    }

    @Test
    void everySecretComesFromTheEnvironmentAndStopsComposeWhenUnset() {
        int checked = 0;
        for (Map.Entry<String, Object> service : services().entrySet()) {
            for (Map.Entry<String, Object> variable : environment(map(service.getValue())).entrySet()) {
                if (SECRET_NAME.matcher(variable.getKey()).find()) {
                    String value = String.valueOf(variable.getValue());
                    Matcher required = REQUIRED.matcher(value);
                    assertTrue(required.matches(), service.getKey() + " " + variable.getKey() + " must be ${VARIABLE:?message}, is " + value);
                    assertTrue(SECRET_NAME.matcher(required.group(1)).find(), service.getKey() + " " + variable.getKey() + " reads " + required.group(1));
                    checked++;
                }
            }
        }
        // mysql: root and four schema passwords; each service: its password and the internal secret; the gateway: the admin key.
        assertEquals(14, checked);
    }

    @Test
    void composeHoldsNoLiteralSecret() throws IOException {
        String text = Files.readString(ROOT.resolve("docker-compose.yml"));
        Matcher fallback = FALLBACK.matcher(text);
        while (fallback.find()) {
            assertFalse(SECRET_NAME.matcher(fallback.group(1)).find(), "a default for " + fallback.group(1) + ": " + fallback.group());
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theServiceHasNoDefaultInternalSecretOrAdminKey(Service service) {
        String yml = applicationYml(service);
        assertTrue(yml.contains("secret: ${BRANDBRIDGE_INTERNAL_SECRET}"), service.module + " reads the secret with no default");
        Matcher placeholder = APPLICATION_SECRET.matcher(yml);
        while (placeholder.find()) {
            assertEquals("", placeholder.group(2), service.module + " has a default for " + placeholder.group(1));
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyEnvironmentVariableIsOneTheServiceReads(Service service) {
        Set<String> read = placeholders(service);
        Set<String> given = new TreeSet<>(environment(definition(service)).keySet());
        assertTrue(read.containsAll(given), service.module + " reads " + read + " but compose sets " + given);
        assertTrue(given.containsAll(Set.of("PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "BRANDBRIDGE_INTERNAL_SECRET")), given.toString());
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void databaseIsTheServicesOwnSchemaCreatedByTheInitScript(Service service) throws IOException {
        Map<String, Object> env = environment(definition(service));
        URI url = URI.create(String.valueOf(env.get("DB_URL")).substring("jdbc:".length()));
        assertEquals("mysql", url.getHost());
        assertEquals("/" + service.schema, url.getPath());
        assertEquals(service.schema, env.get("DB_USER"));
        String init = Files.readString(ROOT.resolve("docker/mysql/init/01-create-schemas.sh"));
        assertTrue(init.contains("CREATE DATABASE IF NOT EXISTS " + service.schema + " "), "init script creates " + service.schema);
        assertTrue(init.contains("GRANT ALL PRIVILEGES ON " + service.schema + ".* TO '" + service.schema + "'@'%'"), "init script grants " + service.schema);
        String passwordVariable = service.schema.toUpperCase() + "_DB_PASSWORD";
        assertTrue(String.valueOf(env.get("DB_PASSWORD")).contains(passwordVariable));
        assertTrue(environment(map(services().get("mysql"))).containsKey(passwordVariable), "mysql receives " + passwordVariable);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void serviceIsBuiltFromItsModuleAndWaitsForAHealthyDatabase(Service service) {
        Map<String, Object> definition = definition(service);
        Map<String, Object> build = map(definition.get("build"));
        assertEquals(service.module, map(build.get("args")).get("MODULE"));
        assertTrue(Files.exists(ROOT.resolve(String.valueOf(build.get("dockerfile")))));
        assertTrue(Files.isDirectory(ROOT.resolve(service.module)));
        assertEquals("service_healthy", map(map(definition.get("depends_on")).get("mysql")).get("condition"));
        Map<String, Object> limits = map(map(map(definition.get("deploy")).get("resources")).get("limits"));
        assertNotNull(limits.get("memory"), "memory limit");
    }

    @Test
    void serviceUrlsPointAtTheRightContainerAndPort() {
        Map<String, Service> byVariable = Map.of(
                "PROMISE_SERVICE_URL", Service.PROMISE,
                "TOUCHPOINT_SERVICE_URL", Service.TOUCHPOINT,
                "ALIGNMENT_SERVICE_URL", Service.ALIGNMENT);
        int checked = 0;
        for (Service caller : Service.values()) {
            for (Map.Entry<String, Object> variable : environment(definition(caller)).entrySet()) {
                Service target = byVariable.get(variable.getKey());
                if (target != null) {
                    assertEquals("http://" + target.module + ":" + configuredPort(target), variable.getValue(), caller.module + " " + variable.getKey());
                    checked++;
                }
            }
        }
        assertEquals(7, checked, "promise-service and alignment-service call two services each, and the gateway three");
    }

    @Test
    void databaseIsMysql84WithAHealthCheck() {
        Map<String, Object> mysql = map(services().get("mysql"));
        assertEquals("mysql:8.4", mysql.get("image"));
        assertTrue(String.valueOf(map(mysql.get("healthcheck")).get("test")).contains("mysqladmin ping"));
        assertTrue(list(mysql.get("volumes")).stream().anyMatch(v -> v.startsWith("./docker/mysql/init:/docker-entrypoint-initdb.d")));
    }

    private int configuredPort(Service service) {
        Matcher matcher = DEFAULT_PORT.matcher(applicationYml(service));
        assertTrue(matcher.find(), service.module + " reads its port from PORT");
        return Integer.parseInt(matcher.group(1));
    }

    private Set<String> placeholders(Service service) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(applicationYml(service));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String applicationYml(Service service) {
        try {
            return Files.readString(ROOT.resolve(service.module).resolve("src/main/resources/application.yml"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> services() {
        return map(compose.get("services"));
    }

    private Map<String, Object> definition(Service service) {
        Map<String, Object> definition = map(services().get(service.module));
        assertNotNull(definition, "compose defines " + service.module);
        return definition;
    }

    private static Map<String, Object> environment(Map<String, Object> definition) {
        return map(definition.get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<String> list(Object value) {
        return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> load(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
