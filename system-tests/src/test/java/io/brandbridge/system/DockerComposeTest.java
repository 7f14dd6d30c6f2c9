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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * There is no container engine on the build machines, so this reads docker-compose.yml and checks
 * it against what each service actually reads from its application.yml: ports, environment
 * variable names, schema names and users, health checks, limits and start-up order.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern DEFAULT_PORT = Pattern.compile("port: \\$\\{PORT:(\\d+)}");

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
        assertTrue(list(definition.get("ports")).contains(port + ":" + port), "ports publish " + port);
        String health = String.valueOf(map(definition.get("healthcheck")).get("test"));
        assertTrue(health.contains("localhost:" + port + "/health"), health);
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
        assertEquals(5, checked, "alignment-service calls two services and the gateway three");
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
