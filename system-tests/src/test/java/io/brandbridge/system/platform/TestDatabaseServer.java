package io.brandbridge.system.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** The MySQL-compatible server the end-to-end suites run on, and (for fault tests) a way to restart it. */
public final class TestDatabaseServer {

    private TestDatabaseServer() {
    }

    public static String url(String schema) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + schema + Platform.OPTIONS;
    }

    public static String user() {
        return env("TEST_DB_USER", "root");
    }

    public static String password() {
        return env("TEST_DB_PASSWORD", "");
    }

    static String host() {
        return env("TEST_DB_HOST", "127.0.0.1");
    }

    static int port() {
        return Integer.parseInt(env("TEST_DB_PORT", "3306"));
    }

    public static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this machine runs the server itself, so a test may stop and start it. */
    public static boolean isLocalMariaDb() {
        return ("127.0.0.1".equals(host()) || "localhost".equals(host())) && new java.io.File("/usr/sbin/mariadbd").canExecute();
    }

    /** Stops the local MariaDB (clean shutdown), waits for the process to exit, starts it again; returns how long it was away. */
    public static Duration restartLocalMariaDb() throws IOException, InterruptedException {
        long started = System.nanoTime();
        run("mysqladmin", "-h", host(), "-P", String.valueOf(port()), "-u", user(), "shutdown");
        // The server stops listening before it has flushed and exited; a start before then would be a no-op.
        long stopDeadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (answers() || serverProcessRuns()) {
            if (System.nanoTime() > stopDeadline) {
                throw new IllegalStateException("MariaDB did not stop within 120 s");
            }
            Thread.sleep(100);
        }
        run("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!answers()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("MariaDB did not come back within 60 s");
            }
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static boolean serverProcessRuns() throws IOException, InterruptedException {
        return new ProcessBuilder("pgrep", "-x", "mariadbd").start().waitFor() == 0;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
