package io.brandbridge.system.settings;

import io.brandbridge.system.platform.ServiceProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A wrong setting stops the real packaged service at start: one plain line naming the variable, a non-zero exit, no stack trace. */
class StartupSettingsTest {

    private static final String SECRET = "startup-settings-test-secret-0123456789abcdef";
    private static final Path LOGS = Path.of("target/startup-settings-logs");

    @Test
    void aServiceWithoutTheInternalSecretRefusesToStartNamingTheVariable() throws IOException {
        List<String> output = startAndAwaitExit("promise-service", Map.of());

        assertEquals(List.of("BRANDBRIDGE_INTERNAL_SECRET is not set: give every service the same random secret of at least 32 characters"), output);
    }

    @Test
    void theGatewayWithATenCharacterAdminKeyRefusesToStartNamingTheVariable() throws IOException {
        List<String> output = startAndAwaitExit("gateway", Map.of("BRANDBRIDGE_INTERNAL_SECRET", SECRET, "BRANDBRIDGE_ADMIN_KEY", "0123456789"));

        assertEquals(List.of("BRANDBRIDGE_ADMIN_KEY must be empty or at least 32 characters: leave it empty for no bootstrap key, "
                + "or generate one, e.g. bb_admin_ and 32 random bytes in base64url"), output);
    }

    @Test
    void aServiceUrlThatIsNotAnHttpUrlStopsTheService() throws IOException {
        List<String> output = startAndAwaitExit("alignment-service", Map.of("BRANDBRIDGE_INTERNAL_SECRET", SECRET,
                "PROMISE_SERVICE_URL", "promise-service:8081", "ALIGNMENT_RECOMPUTE_INTERVAL", "soon"));

        assertEquals(List.of(
                "ALIGNMENT_RECOMPUTE_INTERVAL is 'soon', which is not a duration such as 500ms, 30s or 5m",
                "PROMISE_SERVICE_URL must be an absolute http or https URL such as http://promise-service:8081"), output.stream().sorted().toList());
    }

    /** Starts the module's jar on an in-memory database with these settings and returns what it printed, once it has exited non-zero. */
    private static List<String> startAndAwaitExit(String module, Map<String, String> settings) throws IOException {
        Files.createDirectories(LOGS);
        Path log = LOGS.resolve(module + ".log");
        Files.deleteIfExists(log);
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("DB_URL", "jdbc:h2:mem:startup_settings;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        ServiceProcess service = new ServiceProcess(module, environment, LOGS);
        service.start();
        int status = service.awaitExit(Duration.ofSeconds(60));
        assertEquals(2, status, "exit status; output:\n" + String.join("\n", service.output()));
        return service.output();
    }
}
