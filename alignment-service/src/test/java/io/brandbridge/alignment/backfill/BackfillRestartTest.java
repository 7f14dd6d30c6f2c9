package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.snapshots.SnapshotKey;
import io.brandbridge.alignment.snapshots.SnapshotRepository;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service stopped in the middle of a backfill job: started again, it takes the job over and finishes it from its checkpoint. */
class BackfillRestartTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);
    private static final String BRAND = "brd_restart0000000000000";
    private static final String JOB_DAYS_FROM = "2026-09-01";
    private static final String JOB_DAYS_TO = "2026-09-20";

    @Test
    void aRestartInTheMiddleOfABackfillJobResumesAndFinishesIt() throws InterruptedException {
        // One database for both lives of the service, as a real restart keeps its database.
        String database = "jdbc:h2:mem:restart" + System.nanoTime() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        String jobId;
        int doneBeforeStop;
        try (EmbeddedServer first = start(database)) {
            StubServices stubs = first.getApplicationContext().getBean(StubServices.class);
            seed(stubs);
            stubs.touchpointMode = StubServices.Mode.SLOW;
            jobId = (String) call(first, HttpRequest.POST("/api/v1/alignment/brands/" + BRAND + "/backfill",
                    Map.of("from", JOB_DAYS_FROM, "to", JOB_DAYS_TO))).get("id");
            awaitDays(first, jobId, 2);
            doneBeforeStop = ((Number) call(first, HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)).get("daysDone")).intValue();
        }
        try (EmbeddedServer second = start(database)) {
            seed(second.getApplicationContext().getBean(StubServices.class));
            Map<String, Object> stopped = call(second, HttpRequest.GET("/api/v1/alignment/jobs/" + jobId));
            assertEquals("RUNNING", stopped.get("state"), "the stopped worker's lease has not run out yet");
            assertTrue(((Number) stopped.get("daysDone")).intValue() >= doneBeforeStop);
            // Once the stopped worker's lease runs out, this instance takes the job over.
            second.getApplicationContext().getBean(MutableClock.class).advance(Duration.ofMinutes(3));
            Map<String, Object> finished = awaitState(second, jobId, "SUCCEEDED");
            assertEquals(20, finished.get("daysDone"));
            assertEquals(List.of(), finished.get("errors"));

            Map<LocalDate, Long> perDay = second.getApplicationContext().getBean(SnapshotRepository.class)
                    .findKeysBetween(BRAND, Instant.EPOCH, Instant.parse("2026-10-01T00:00:00Z")).stream()
                    .collect(Collectors.groupingBy(SnapshotKey::localDay, Collectors.counting()));
            assertEquals(20, perDay.size(), "every day of the job is in history: " + perDay);
            // A day the stopped worker was computing when it stopped may have been stored without its checkpoint: at most one.
            assertTrue(perDay.values().stream().filter(n -> n > 1).count() <= 1, "days before the checkpoint are not computed again: " + perDay);
        }
    }

    private static EmbeddedServer start(String database) {
        Map<String, Object> properties = new HashMap<>(StubServices.properties());
        properties.put("datasources.default.url", database);
        properties.put("alignment.backfill.lease", "2m");
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static void seed(StubServices stubs) {
        stubs.promises.addBrand(BRAND, "Europe/London");
        stubs.touchpoints.addTouchpoint(BRAND + "_a", BRAND, "CALL_CENTRE", "Leeds");
        for (int day = 0; day < 20; day++) {
            stubs.touchpoints.interactions.add(new Interaction(BRAND + "_a", Instant.parse("2026-09-01T10:00:00Z").plus(Duration.ofDays(day)),
                    Map.of("wait_seconds", 30.0)));
        }
        stubs.promises.addVersion(BRAND, new RemotePromise(BRAND + "_prm", BRAND, "Answered within a minute", List.of("CALL_CENTRE"), 3, "ACTIVE", 1,
                List.of(new RemoteCommitment("answer", "wait_seconds", "LE", 60.0, 0.8, new RemoteWindow("ROLLING_DAYS", 7), 1.0, 1))),
                Instant.parse("2026-01-01T00:00:00Z"), null);
    }

    private static Map<String, Object> call(EmbeddedServer server, io.micronaut.http.MutableHttpRequest<?> request) {
        InternalTokens tokens = server.getApplicationContext().getBean(InternalTokens.class);
        try (HttpClient client = HttpClient.create(server.getURL())) {
            return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, BRAND), request), JSON).body();
        }
    }

    private static void awaitDays(EmbeddedServer server, String jobId, int days) throws InterruptedException {
        await(server, jobId, job -> ((Number) job.get("daysDone")).intValue() >= days);
    }

    private static Map<String, Object> awaitState(EmbeddedServer server, String jobId, String state) throws InterruptedException {
        return await(server, jobId, job -> state.equals(job.get("state")));
    }

    private static Map<String, Object> await(EmbeddedServer server, String jobId, Function<Map<String, Object>, Boolean> done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            Map<String, Object> job = call(server, HttpRequest.GET("/api/v1/alignment/jobs/" + jobId));
            if (done.apply(job)) {
                return job;
            }
            assertTrue(System.currentTimeMillis() < deadline, "within 60 s: " + job);
            Thread.sleep(50);
        }
    }
}
