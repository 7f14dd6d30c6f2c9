package io.brandbridge.bench.gateway;

import io.brandbridge.bench.alignment.Latencies;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * bench/auth-flood.sh: valid-key latency through the gateway while other connections send random
 * bad keys, in the same run: quiet, a flood from one address, and a flood that moves to a fresh
 * address each time it is throttled. Prints p50 and p99 of the valid key and the key look-ups each
 * flood caused, counted by the database server and by the gateway.
 */
public final class AuthFloodBench {

    private static final int VALID_CONNECTIONS = 4;
    private static final int FLOOD_CONNECTIONS = 16;
    private static final int WARM_UP_SECONDS = 10;
    private static final int STATUS_401 = 0;
    private static final int STATUS_429 = 1;
    private static final int STATUS_503 = 2;
    private static final int STATUS_OTHER = 3;

    private final int port;
    private final String key;
    private final String path;
    private final LookupCounters counters;
    /** Fresh addresses for the moving flood: 127.1.0.1 on, never reused. */
    private final AtomicInteger nextAddress = new AtomicInteger(1);

    private AuthFloodBench(int port, String key, String path, LookupCounters counters) {
        this.port = port;
        this.key = key;
        this.path = path;
        this.counters = counters;
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "db-create" -> LookupCounters.create(args[1], args[2], args[3]);
            case "db-drop" -> LookupCounters.drop(args[1], args[2], args[3]);
            case "run" -> new AuthFloodBench(Integer.parseInt(args[1]), args[2], args[3], new LookupCounters(args[4], args[5]))
                    .run(Integer.parseInt(args[6]), Integer.parseInt(args[7]), args[8]);
            default -> {
                System.err.println("usage: db-create <schema> <user> <password> | db-drop <schema> <user> <ON|OFF>"
                        + " | run <gatewayPort> <validKey> <path> <dbUser> <metricsUrl> <seconds> <maxFailures> <window>");
                System.exit(2);
            }
        }
    }

    private void run(int seconds, int maxFailures, String window) throws Exception {
        System.out.printf("GET %s, %d s per phase: %d connections with a valid key from 127.0.0.1; the flood is %d connections of random keys%n",
                path, seconds, VALID_CONNECTIONS, FLOOD_CONNECTIONS);
        System.out.printf("gateway throttle: %d failures per address per %s%n", maxFailures, window);
        phase(WARM_UP_SECONDS, Flood.from(InetAddress.getByName("127.0.0.3")));
        List<Result> results = List.of(
                phase(seconds, null).named("quiet"),
                phase(seconds, Flood.from(InetAddress.getByName("127.0.0.2"))).named("flood, one address"),
                phase(seconds, new Flood(this::freshAddress, true)).named("flood, new address each 429"));
        report(results, maxFailures, window);
    }

    /** One phase; no flood when {@code flood} is null. */
    private Result phase(int seconds, Flood flood) throws InterruptedException {
        long dbBefore = counters.databaseSelects();
        long gatewayBefore = counters.gatewayLookups();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Latencies valid = new Latencies();
        AtomicInteger validErrors = new AtomicInteger();
        AtomicLongArray floodStatuses = new AtomicLongArray(4);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < VALID_CONNECTIONS; i++) {
            threads.add(Thread.ofPlatform().start(() -> validLoop(end, valid, validErrors)));
        }
        if (flood != null) {
            for (int i = 0; i < FLOOD_CONNECTIONS; i++) {
                threads.add(Thread.ofPlatform().start(() -> floodLoop(end, flood, floodStatuses)));
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long dbAfter = counters.databaseSelects();
        long gatewayAfter = counters.gatewayLookups();
        return new Result("", seconds, valid, validErrors.get(), floodStatuses,
                dbBefore < 0 || dbAfter < 0 ? -1 : dbAfter - dbBefore,
                gatewayBefore < 0 || gatewayAfter < 0 ? -1 : gatewayAfter - gatewayBefore);
    }

    private void validLoop(long end, Latencies latencies, AtomicInteger errors) {
        KeepAliveConnection connection = null;
        while (System.nanoTime() < end) {
            try {
                if (connection == null) {
                    connection = new KeepAliveConnection(InetAddress.getLoopbackAddress(), port);
                }
                long start = System.nanoTime();
                int status = connection.get(path, key);
                latencies.add(System.nanoTime() - start);
                if (status != 200) {
                    errors.incrementAndGet();
                }
                if (connection.closedByServer()) {
                    connection = closeQuietly(connection);
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                connection = closeQuietly(connection);
            }
        }
        closeQuietly(connection);
    }

    private void floodLoop(long end, Flood flood, AtomicLongArray statuses) {
        KeepAliveConnection connection = null;
        while (System.nanoTime() < end) {
            try {
                if (connection == null) {
                    connection = new KeepAliveConnection(flood.addresses().get(), port);
                }
                int status = connection.get(path, randomKey());
                statuses.incrementAndGet(switch (status) {
                    case 401 -> STATUS_401;
                    case 429 -> STATUS_429;
                    case 503 -> STATUS_503;
                    default -> STATUS_OTHER;
                });
                if (connection.closedByServer() || (status == 429 && flood.moveWhenThrottled())) {
                    connection = closeQuietly(connection);
                }
            } catch (IOException e) {
                statuses.incrementAndGet(STATUS_OTHER);
                connection = closeQuietly(connection);
            }
        }
        closeQuietly(connection);
    }

    private InetAddress freshAddress() {
        int n = nextAddress.getAndIncrement();
        try {
            return InetAddress.getByAddress(new byte[]{127, 1, (byte) (n >> 8), (byte) n});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "bb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeepAliveConnection closeQuietly(KeepAliveConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                // already gone
            }
        }
        return null;
    }

    private void report(List<Result> results, int maxFailures, String window) {
        System.out.printf("%-30s %9s %9s %9s %7s %10s %26s %11s %9s%n", "", "valid p50", "valid p99", "valid/s", "errors",
                "flood/s", "flood 401 / 429 / 503 / ?", "DB SELECTs", "look-ups");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "%-30s %6.2f ms %6.2f ms %9.0f %7d %10.0f %26s %11s %9s%n", r.name, r.valid.quantileMillis(0.5),
                    r.valid.quantileMillis(0.99), r.valid.count() / (double) r.seconds, r.validErrors, r.floodRequests() / (double) r.seconds,
                    r.statuses.get(STATUS_401) + " / " + r.statuses.get(STATUS_429) + " / " + r.statuses.get(STATUS_503) + " / " + r.statuses.get(STATUS_OTHER),
                    r.dbSelects < 0 ? "n/a" : Long.toString(r.dbSelects), r.gatewayLookups < 0 ? "n/a" : Long.toString(r.gatewayLookups));
        }
        Result quiet = results.get(0);
        double quietP99 = quiet.valid.quantileMillis(0.99);
        for (Result r : results.subList(1, results.size())) {
            double ratio = r.valid.quantileMillis(0.99) / quietP99;
            // The valid key is looked up again each time its cache entry expires; the quiet phase shows how often.
            System.out.printf(Locale.ROOT, "%s: valid p99 %.2f× quiet (aim <= 3×: %s); %d flood requests caused %s database and %s gateway look-ups beyond the quiet phase's%n",
                    r.name, ratio, ratio <= 3 ? "met" : "MISSED", r.floodRequests(),
                    beyond(r.dbSelects, quiet.dbSelects), beyond(r.gatewayLookups, quiet.gatewayLookups));
        }
        System.out.printf("bound for one address: %d look-ups per %s window; the moving flood used %d addresses%n",
                maxFailures, window, nextAddress.get() - 1);
    }

    private static String beyond(long phase, long quiet) {
        return phase < 0 || quiet < 0 ? "n/a" : Long.toString(phase - quiet);
    }

    /** Where flood connections come from, and whether one moves to a new address once it is throttled. */
    private record Flood(Supplier<InetAddress> addresses, boolean moveWhenThrottled) {

        static Flood from(InetAddress address) {
            return new Flood(() -> address, false);
        }
    }

    private record Result(String name, int seconds, Latencies valid, int validErrors, AtomicLongArray statuses, long dbSelects, long gatewayLookups) {

        Result named(String phase) {
            return new Result(phase, seconds, valid, validErrors, statuses, dbSelects, gatewayLookups);
        }

        long floodRequests() {
            long total = 0;
            for (int i = 0; i < statuses.length(); i++) {
                total += statuses.get(i);
            }
            return total;
        }
    }
}
