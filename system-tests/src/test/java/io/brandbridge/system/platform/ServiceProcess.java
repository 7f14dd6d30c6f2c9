package io.brandbridge.system.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service running as a real child process from its packaged jar, with its own log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String module;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    /** A service on free public and management ports, with exactly the Brandbridge settings given (none is inherited). */
    public ServiceProcess(String module, Map<String, String> environment, Path logDirectory) {
        this(module, Platform.freePort(), environment, logDirectory);
    }

    ServiceProcess(String module, int port, Map<String, String> environment, Path logDirectory) {
        this.module = module;
        this.port = port;
        this.managementPort = Platform.freePort();
        this.environment = environment;
        this.log = logDirectory.resolve(module + ".log");
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where health details, metrics and Prometheus answer: loopback only. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public synchronized void start() {
        Path jar = Platform.ROOT.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Missing " + jar + ": package the modules first (./test.sh does)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // What the test run's own environment holds, e.g. a secret exported in the shell, must not leak in.
        builder.environment().keySet().removeIf(name -> name.startsWith("BRANDBRIDGE_"));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + module, e);
        }
    }

    /** Waits until the service reports ready, failing with the log's tail if it dies or takes too long. */
    public Duration awaitReady(Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(module + " exited during start-up:\n" + tail());
            }
            if (isReady()) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            sleep(200);
        }
        throw new IllegalStateException(module + " was not ready within " + timeout + ":\n" + tail());
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits for the process to end by itself and returns its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (process == null || !process.waitFor(timeout)) {
                throw new IllegalStateException(module + " still runs after " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process wrote, standard output and error together. */
    public List<String> output() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new IllegalStateException("no log for " + module, e);
        }
    }

    /** The operating system's id of the running process, for a test that ends it from outside. */
    public synchronized long pid() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(module + " is not running");
        }
        return process.pid();
    }

    /** SIGKILL: no shutdown hooks, no flushing; the harshest way a process can end. */
    public synchronized void kill9() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM, the way an orchestrator stops a service. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(Duration.ofSeconds(30))) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
