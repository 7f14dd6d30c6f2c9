package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.ports.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One real service started from its jar ({@code java -jar <module>/target/<module>-0.1.0-SNAPSHOT.jar}) on a
 * free port and a fresh schema, stopped (and its schema dropped) on close.
 */
final class ServiceProcess implements AutoCloseable {

    private final String module;
    private final Process process;
    private final String schema;
    private final Path log;
    final int port;

    private final boolean ownsSchema;

    private ServiceProcess(String module, Process process, String schema, boolean ownsSchema, Path log, int port) {
        this.module = module;
        this.process = process;
        this.schema = schema;
        this.ownsSchema = ownsSchema;
        this.log = log;
        this.port = port;
    }

    static ServiceProcess start(String module, String secret, Map<String, String> extraEnv, String heap) throws Exception {
        return start(module, secret, extraEnv, heap, null);
    }

    /** With {@code existingSchema} the service runs on that schema (seeded before) and leaves it in place. */
    static ServiceProcess start(String module, String secret, Map<String, String> extraEnv, String heap, String existingSchema) throws Exception {
        Path jar = Path.of(module, "target", module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist; build it with ./mvnw -B -q -pl " + module + " package -DskipTests");
        }
        String schema = existingSchema != null ? existingSchema
                : "bench_" + module.replace("-service", "").replace('-', '_') + "_" + System.currentTimeMillis() % 1_000_000_000L;
        if (existingSchema == null) {
            Database.create(schema);
        }
        int port = FreePorts.next();
        Path log = Files.createTempFile(module + "-bench-", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + heap, "-Xmx" + heap,
                "-jar", jar.toString());
        builder.environment().put("PORT", String.valueOf(port));
        // Any free management port, so a benchmark runs beside a local platform.
        builder.environment().put("MANAGEMENT_PORT", "0");
        builder.environment().put("DB_URL", Database.url(schema));
        builder.environment().put("DB_USER", Database.user());
        builder.environment().put("DB_PASSWORD", Database.password());
        builder.environment().put("BRANDBRIDGE_INTERNAL_SECRET", secret);
        builder.environment().put("LOG_LEVEL", "warn");
        builder.environment().putAll(extraEnv);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        ServiceProcess service = new ServiceProcess(module, builder.start(), schema, existingSchema == null, log, port);
        service.awaitReady(Duration.ofMinutes(3));
        System.out.printf("  %s: port %d, schema %s, log %s%n", module, port, schema, log);
        return service;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String schema() {
        return schema;
    }

    /** The service's output (stdout and stderr). */
    Path log() {
        return log;
    }

    private void awaitReady(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(module + " not ready within " + within + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsSchema && !Boolean.getBoolean("bench.keep")) {
            Database.drop(schema);
        }
    }
}
