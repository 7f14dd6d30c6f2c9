package io.brandbridge.touchpoint.ingest.health;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.RandomRanges;
import io.brandbridge.touchpoint.support.StoredRows;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random push logs of several touchpoints (some pushes in the same second, some with fractions of a second), then random windows,
 * many of them on a push's exact second or one second beside it: the SQL sums equal a brute force over the same rows.
 */
@MicronautTest(transactional = false)
class PushLogPropertyTest {

    private static final long SEED = 20261202L;
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Duration SPAN = Duration.ofDays(40);

    /** A logged push as the brute force sees it: its touchpoint, its whole-second time and its counts. */
    private record Logged(int touchpoint, Instant at, PushCounts counts) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    PushLog log;

    @Inject
    ConnectionOperations<Connection> connections;

    Random random;
    final List<Logged> logged = new ArrayList<>();

    @Test
    void sumsOverRandomWindowsEqualABruteForce() {
        random = new Random(SEED);
        Api api = new Api(client, tokens);
        String brand = Api.newBrand();
        List<String> ids = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(api.createTouchpoint(brand));
            seqs.add(StoredRows.touchpointSeq(connections, ids.get(i)));
        }
        // The last touchpoint never pushes.
        for (int i = 0; i < 400; i++) {
            int touchpoint = random.nextInt(3);
            Instant at = i > 0 && random.nextInt(8) == 0 ? logged.get(random.nextInt(logged.size())).at().plusMillis(random.nextInt(1000)) : pick();
            PushCounts counts = counts();
            log.record(ids.get(touchpoint), at, counts);
            logged.add(new Logged(touchpoint, at.truncatedTo(ChronoUnit.SECONDS), counts));
        }
        for (int question = 0; question < 300; question++) {
            int touchpoint = random.nextInt(4);
            Instant[] window = RandomRanges.of(this::bound);
            PushLog.Summary answer = log.summary(seqs.get(touchpoint), window[0], window[1]);
            assertEquals(bruteForce(touchpoint, window[0], window[1]), answer, () -> "touchpoint " + touchpoint + " (" + window[0] + ", " + window[1] + "]");
        }
    }

    private PushLog.Summary bruteForce(int touchpoint, Instant from, Instant to) {
        Instant last = null;
        long pushes = 0;
        long received = 0;
        long accepted = 0;
        long updated = 0;
        long duplicates = 0;
        long rejected = 0;
        for (Logged push : logged) {
            if (push.touchpoint() != touchpoint) {
                continue;
            }
            if (last == null || push.at().isAfter(last)) {
                last = push.at();
            }
            if (push.at().isAfter(from) && !push.at().isAfter(to)) {
                pushes++;
                received += push.counts().received();
                accepted += push.counts().accepted();
                updated += push.counts().updated();
                duplicates += push.counts().duplicates();
                rejected += push.counts().rejected();
            }
        }
        return new PushLog.Summary(last, pushes, received, accepted, updated, duplicates, rejected);
    }

    /** Anywhere in the span, to the microsecond. */
    private Instant pick() {
        return START.plus(random.nextLong(SPAN.toNanos() / 1000), ChronoUnit.MICROS);
    }

    /** Mostly a logged push's second or one beside it, else anywhere; whole seconds as the endpoint asks. */
    private Instant bound() {
        if (random.nextInt(3) == 0) {
            return pick().truncatedTo(ChronoUnit.SECONDS);
        }
        return logged.get(random.nextInt(logged.size())).at().plusSeconds(random.nextInt(3) - 1);
    }

    /** A report's counts, a large push now and then; received is their sum, as in every report. */
    private PushCounts counts() {
        int scale = random.nextInt(10) == 0 ? 100_000 : 50;
        int accepted = random.nextInt(scale);
        int updated = random.nextInt(4) == 0 ? random.nextInt(scale) : 0;
        int duplicates = random.nextInt(3) == 0 ? random.nextInt(scale) : 0;
        int rejected = random.nextInt(3) == 0 ? random.nextInt(scale) : 0;
        return new PushCounts(accepted + updated + duplicates + rejected, accepted, updated, duplicates, rejected);
    }
}
