package io.brandbridge.system.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four services as separate processes on fresh schemas of the MySQL-compatible test server,
 * wired together as in production. {@link #close()} stops them and drops the schemas.
 */
public final class Platform implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    public static final String OPTIONS = "?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    private static final List<String> MODULES = List.of("promise-service", "touchpoint-service", "alignment-service", "gateway");

    private final String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(5));
    private static final int FIRST_PORT = 20_000;
    private static final int LAST_PORT = 32_000;
    private static final Random RANDOM = new SecureRandom();
    // Never the same port twice in one JVM, so two platforms started one after the other cannot collide either.
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private final String adminKey = "bb_admin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
    private final String internalSecret = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(48));
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public Platform() {
        this(Map.of());
    }

    /** With extra environment variables for every service, for suites that need tighter limits than the defaults. */
    public Platform(Map<String, String> extraEnvironment) {
        Path logs = ROOT.resolve("system-tests/target/e2e-logs/" + runId);
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        MODULES.forEach(m -> ports.put(m, freePort()));
        for (String module : MODULES) {
            String schema = schemaOf(module);
            execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Map<String, String> env = new LinkedHashMap<>();
            env.put("DB_URL", TestDatabaseServer.url(schema));
            env.put("DB_USER", TestDatabaseServer.user());
            env.put("DB_PASSWORD", TestDatabaseServer.password());
            env.put("BRANDBRIDGE_INTERNAL_SECRET", internalSecret);
            env.put("BRANDBRIDGE_ADMIN_KEY", adminKey);
            env.put("PROMISE_SERVICE_URL", "http://127.0.0.1:" + ports.get("promise-service"));
            env.put("TOUCHPOINT_SERVICE_URL", "http://127.0.0.1:" + ports.get("touchpoint-service"));
            env.put("ALIGNMENT_SERVICE_URL", "http://127.0.0.1:" + ports.get("alignment-service"));
            env.put("GATEWAY_URL", "http://127.0.0.1:" + ports.get("gateway"));
            env.putAll(extraEnvironment);
            services.put(module, new ServiceProcess(module, ports.get(module), env, logs));
        }
    }

    /** Starts every service in parallel and waits until all are ready. */
    public Platform start() {
        try {
            services.values().forEach(ServiceProcess::start);
            services.values().forEach(s -> s.awaitReady(Duration.ofSeconds(120)));
            return this;
        } catch (RuntimeException e) {
            // The suite that failed to start never closes the platform, so the processes already up would outlive it.
            close();
            throw e;
        }
    }

    public ServiceProcess service(String module) {
        return services.get(module);
    }

    public String gatewayUrl() {
        return services.get("gateway").url();
    }

    /** The secret every process shares, for suites that call a service directly as a forger or an insider would. */
    public String internalSecret() {
        return internalSecret;
    }

    public String adminKey() {
        return adminKey;
    }

    public String schemaOf(String module) {
        return "bb_e2e_" + runId + "_" + module.replace("-service", "");
    }

    /** A connection to one service's schema, for counting what is really stored. */
    public Connection connect(String module) throws SQLException {
        return DriverManager.getConnection(TestDatabaseServer.url(schemaOf(module)), TestDatabaseServer.user(), TestDatabaseServer.password());
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        for (String module : MODULES) {
            try {
                execute("DROP DATABASE IF EXISTS " + schemaOf(module));
            } catch (RuntimeException e) {
                System.err.println("Could not drop " + schemaOf(module) + ": " + e.getMessage());
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabaseServer.url(""), TestDatabaseServer.user(), TestDatabaseServer.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * A port nothing listens on, below the kernel's ephemeral range (32768 and up on Linux). A port the kernel handed out
     * for {@code bind(0)} may be taken again as the local end of an outgoing connection before the service binds it,
     * which once failed a start-up under load; ports below the range are never handed out that way.
     */
    static int freePort() {
        for (int tries = 0; tries < 200; tries++) {
            int candidate = FIRST_PORT + RANDOM.nextInt(LAST_PORT - FIRST_PORT);
            if (!HANDED_OUT.add(candidate)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // Taken by something else; try another.
            }
        }
        throw new IllegalStateException("no free port in [" + FIRST_PORT + ", " + LAST_PORT + ")");
    }
}
