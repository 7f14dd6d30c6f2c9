package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "test.mutable-clock", value = "true")
class ChangedDaysTest {

    private static final Instant NOW = Instant.parse("2026-05-20T12:00:00Z");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    MutableClock clock;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    String brand;
    Caller integrator;
    Caller ops;
    String leeds;
    String york;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        api = new Api(client, tokens);
        brand = Api.newBrand();
        integrator = Api.integrator(brand);
        ops = Api.operations(brand);
        leeds = api.createTouchpoint(brand);
        york = api.createTouchpoint(brand);
    }

    private static Map<String, Object> question(Object since, String zone, String... touchpoints) {
        Map<String, Object> request = new HashMap<>(Map.of("touchpointIds", List.of(touchpoints), "occurredFrom", "2026-04-01T00:00:00Z",
                "timeZone", zone));
        request.put("since", since);
        return request;
    }

    private Map<String, Object> changes(Map<String, Object> request) {
        return api.body(ops, HttpRequest.POST("/api/v1/stats/changes", request));
    }

    private Object days(Object since, String zone, String... touchpoints) {
        return dayNames(changes(question(since, zone, touchpoints)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> dayNames(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("days")).stream().map(d -> (String) d.get("day")).toList();
    }

    private void push(String touchpoint, String... records) {
        api.push(touchpoint, "application/json", "[" + String.join(",", records) + "]", integrator);
    }

    private static String call(String id, String occurredAt) {
        return json(id, occurredAt, "{\"handle_seconds\":120}");
    }

    @Test
    void answersTheLocalDaysOfEveryChangedHourAndAWatermarkTheLagBehindNow() {
        String otherBrand = Api.newBrand();
        String foreign = api.createTouchpoint(otherBrand);
        push(leeds, call("l1", "2026-05-01T08:10:00Z"), call("l2", "2026-05-01T08:50:00Z"), call("l3", "2026-05-01T23:30:00Z"));
        push(york, call("y1", "2026-05-03T09:30:00Z"));
        api.push(foreign, "application/json", "[" + call("f1", "2026-05-10T09:30:00Z") + "]", Api.integrator(otherBrand));
        clock.advance(Duration.ofMinutes(5));

        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.POST("/api/v1/stats/changes",
                question(null, "Europe/London", leeds, york, foreign, "tp_unknown")));
        assertEquals(200, response.code());
        assertEquals(MediaType.APPLICATION_JSON, response.getContentType().orElseThrow().toString());
        // 23:30 UTC is 00:30 the next day in London (BST).
        String pushed = NOW.toString();
        Map<String, Object> expected = new HashMap<>(Map.of("watermark", "2026-05-20T12:04:00Z", "days", List.of(
                Map.of("day", "2026-05-01", "from", "2026-05-01T08:00:00Z", "to", "2026-05-01T09:00:00Z", "changedAt", pushed),
                Map.of("day", "2026-05-02", "from", "2026-05-01T23:00:00Z", "to", "2026-05-02T00:00:00Z", "changedAt", pushed),
                Map.of("day", "2026-05-03", "from", "2026-05-03T09:00:00Z", "to", "2026-05-03T10:00:00Z", "changedAt", pushed))));
        expected.put("since", null);
        assertEquals(expected, response.body());
        assertEquals(List.of("2026-05-01", "2026-05-03"), days(null, "UTC", leeds, york));
    }

    @Test
    void anHourStraddlingLocalMidnightNamesBothDays() {
        // 18:00-19:00 UTC is 23:30-00:30 in Kolkata (+05:30).
        push(leeds, call("k1", "2026-05-01T18:05:00Z"));
        assertEquals(List.of("2026-05-01", "2026-05-02"), days(null, "Asia/Kolkata", leeds));
        assertEquals(List.of("2026-05-01"), days(null, "Europe/London", leeds));
    }

    @Test
    void sinceKeepsOnlyHoursChangedAtOrAfterIt() {
        Instant first = clock.instant();
        push(leeds, call("a1", "2026-05-01T08:10:00Z"));
        clock.advance(Duration.ofMinutes(10));
        Instant second = clock.instant();
        push(leeds, call("a2", "2026-05-04T08:10:00Z"));

        assertEquals(List.of("2026-05-01", "2026-05-04"), days(first.toString(), "UTC", leeds));
        assertEquals(List.of("2026-05-04"), days(second.toString(), "UTC", leeds));
        assertEquals(List.of(), days(second.plusNanos(1000).toString(), "UTC", leeds));

        // A late record in the first hour marks it again.
        clock.advance(Duration.ofMinutes(10));
        Instant third = clock.instant();
        push(leeds, call("a3", "2026-05-01T08:59:59.999999Z"));
        assertEquals(List.of("2026-05-01"), days(third.toString(), "UTC", leeds));
        Map<String, Object> echoed = changes(question(third.toString(), "UTC", leeds));
        assertEquals(third.toString(), echoed.get("since"));
    }

    @Test
    void duplicatesRejectedRowsAndReplaysMarkNothing() {
        Instant stored = clock.instant();
        String batch = call("d1", "2026-05-01T08:10:00Z");
        push(leeds, batch);
        clock.advance(Duration.ofMinutes(10));
        Instant later = clock.instant();

        // Replay of the batch, the same externalId at another time, a duplicate inside the batch and an invalid row.
        push(leeds, batch);
        push(leeds, call("d1", "2026-05-02T08:10:00Z"));
        Map<String, Object> report = api.push(leeds, "application/json", "[" + call("d1", "2026-05-03T08:10:00Z") + ","
                + json("bad", "2026-05-05T08:10:00Z", "{\"handle_seconds\":\"long\"}") + "]", integrator);
        assertEquals(0, report.get("accepted"), report.toString());
        assertEquals(1, report.get("rejected"), report.toString());

        assertEquals(List.of(), days(later.toString(), "UTC", leeds));
        // The stored hour kept its changed_at: nothing after the first push.
        assertEquals(List.of(), days(stored.plusNanos(1000).toString(), "UTC", leeds));
        assertEquals(List.of("2026-05-01"), days(stored.toString(), "UTC", leeds));
        assertEquals(List.of(stored), changedAts(leeds));
    }

    @Test
    void onlyHoursFromTheOneHoldingOccurredFromCount() {
        push(leeds, call("o1", "2026-05-01T08:10:00Z"), call("o2", "2026-05-02T08:10:00Z"));
        Map<String, Object> request = question(null, "UTC", leeds);
        request.put("occurredFrom", "2026-05-01T08:59:00Z");
        assertEquals(List.of("2026-05-01", "2026-05-02"), dayNames(changes(request)));
        request.put("occurredFrom", "2026-05-01T09:00:00Z");
        assertEquals(List.of("2026-05-02"), dayNames(changes(request)));
    }

    @Test
    void aCallerWithoutTheBrandSeesNoDaysAndTheServiceSeesEvery() {
        push(leeds, call("s1", "2026-05-01T08:10:00Z"));
        Caller stranger = TestCallers.of(Role.VIEWER, Api.newBrand());
        assertEquals(List.of(), dayNames(api.body(stranger, HttpRequest.POST("/api/v1/stats/changes", question(null, "UTC", leeds)))));
        assertEquals(List.of("2026-05-01"),
                dayNames(api.body(Caller.service("alignment-service"), HttpRequest.POST("/api/v1/stats/changes", question(null, "UTC", leeds)))));
    }

    @Test
    void occurredFromMayLieAtMost1000DaysBack() {
        Map<String, Object> request = question(null, "UTC", leeds);
        request.put("occurredFrom", NOW.minus(Duration.ofDays(1000)).toString());
        assertEquals(List.of(), dayNames(changes(request)));
        request.put("occurredFrom", NOW.minus(Duration.ofDays(1000)).minusMillis(1).toString());
        Map<String, Object> problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/changes", request));
        assertEquals(List.of(Map.of("pointer", "/occurredFrom", "message", "must be at most 1000 days before now")), problem.get("errors"));
    }

    @Test
    void anUnknownTimeZoneOrAnUnstorableSinceAnswers422() {
        Map<String, Object> problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/changes", question(null, "Mars/Olympus_Mons", leeds)));
        assertEquals(List.of(Map.of("pointer", "/timeZone", "message", "is not a known IANA time zone")), problem.get("errors"));
        problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/changes", question("0999-12-31T23:59:59Z", "UTC", leeds)));
        assertEquals(List.of(Map.of("pointer", "/since", "message", "must be between years 1000 and 9999")), problem.get("errors"));
    }

    @Test
    void missingOrMalformedFieldsAnswer400() {
        Map<String, Object> malformed = question("yesterday", "UTC", leeds);
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/changes", malformed));
        assertEquals(List.of(Map.of("pointer", "/since", "message", "must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z")), problem.get("errors"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/changes", Map.of()));
        String errors = problem.get("errors").toString();
        for (String field : List.of("/touchpointIds", "/occurredFrom", "/timeZone")) {
            assertTrue(errors.contains(field), field + " in " + errors);
        }
        Map<String, Object> tooMany = question(null, "UTC", Collections.nCopies(501, leeds).toArray(String[]::new));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/changes", tooMany));
        assertTrue(problem.get("errors").toString().contains("/touchpointIds"), problem.toString());
    }

    @Test
    void deletingATouchpointDeletesItsChangeMarks() {
        String gone = api.createTouchpoint(brand);
        // Interactions stop a delete, so the mark is written by hand (erased data would leave one like it).
        jdbc(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("INSERT INTO interaction_change_hour (touchpoint_seq, hour_start, changed_at)"
                    + " SELECT seq, '2026-05-01 08:00:00', '2026-05-20 12:00:00' FROM touchpoint WHERE id = ?")) {
                mark.setString(1, gone);
                return mark.executeUpdate();
            }
        });
        assertEquals(List.of(Instant.parse("2026-05-20T12:00:00Z")), changedAts(gone));
        assertEquals(List.of("2026-05-01"), days(null, "UTC", gone));
        assertEquals(204, api.exchange(ops, HttpRequest.DELETE("/api/v1/touchpoints/" + gone)).code());
        long left = jdbc(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM interaction_change_hour h"
                    + " LEFT JOIN touchpoint t ON t.seq = h.touchpoint_seq WHERE t.seq IS NULL")) {
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertEquals(0, left);
    }

    /** The changed_at of each marked hour of the touchpoint, in hour order. */
    private List<Instant> changedAts(String touchpoint) {
        return jdbc(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT h.changed_at FROM interaction_change_hour h"
                    + " JOIN touchpoint t ON t.seq = h.touchpoint_seq WHERE t.id = ? ORDER BY h.hour_start")) {
                query.setString(1, touchpoint);
                try (ResultSet rs = query.executeQuery()) {
                    List<Instant> values = new ArrayList<>();
                    while (rs.next()) {
                        values.add(DbTimes.fromDb(rs.getObject(1, LocalDateTime.class)));
                    }
                    return values;
                }
            }
        });
    }

    private interface Jdbc<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T jdbc(Jdbc<T> work) {
        return connections.executeWrite(status -> {
            try {
                return work.apply(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
