package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Predicates;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PredicateControllerTest {

    private static final Map<String, Object> WAIT = Predicates.attainment("wait_seconds", "LE", 60);
    private static final Map<String, Object> ANSWERED = Predicates.attainment("answered", "EQ", 1);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    PredicateJanitor janitor;

    Api api;
    String brand;
    Caller ops;
    String leeds;
    String york;
    String foreign;
    String otherBrand;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        ops = Api.operations(brand);
        leeds = api.createTouchpoint(brand);
        york = api.createTouchpoint(brand);
        otherBrand = Api.newBrand();
        String other = otherBrand;
        foreign = api.createTouchpoint(other);
        String calls = "["
                + json("l1", "2026-05-01T08:10:00Z", "{\"wait_seconds\":30,\"answered\":true}") + ","
                + json("l2", "2026-05-01T08:50:00Z", "{\"wait_seconds\":90,\"answered\":true}") + ","
                + json("l3", "2026-05-01T10:00:00Z", "{\"wait_seconds\":45,\"answered\":false}") + "]";
        api.push(leeds, "application/json", calls, Api.integrator(brand));
        api.push(foreign, "application/json", calls, Api.integrator(other));
    }

    @Test
    @SuppressWarnings("unchecked")
    void registrationAnswersEachPredicateWithItsProgressAndIgnoresOtherBrands() {
        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.POST("/api/v1/stats/predicates", Map.of(
                "touchpointIds", List.of(leeds, foreign, "tp_unknown", york),
                "attainment", List.of(WAIT, WAIT),
                "pairs", List.of(Predicates.pair(WAIT, ANSWERED)))));
        assertEquals(200, response.getStatus().getCode());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        List<Map<String, Object>> predicates = (List<Map<String, Object>>) response.body().get("predicates");
        assertEquals(2, predicates.size(), "the repeated predicate once");
        Map<String, Object> attainment = predicates.get(0);
        assertTrue(((String) attainment.get("id")).startsWith("prd_"));
        assertEquals("ATTAINMENT", attainment.get("kind"));
        List<Map<String, Object>> conditions = (List<Map<String, Object>>) attainment.get("conditions");
        assertEquals(1, conditions.size());
        assertEquals("wait_seconds", conditions.get(0).get("metric"));
        assertEquals("LE", conditions.get(0).get("op"));
        assertEquals(60.0, ((Number) conditions.get(0).get("threshold")).doubleValue());
        List<Map<String, Object>> at = (List<Map<String, Object>>) attainment.get("touchpoints");
        assertEquals(List.of(leeds, york), at.stream().map(t -> t.get("touchpointId")).toList());
        // York holds nothing yet, so there is nothing to backfill.
        assertEquals(Map.of("touchpointId", york, "state", "READY", "rowsDone", 0, "rowsTotal", 0), at.get(1));
        assertEquals(3, at.get(0).get("rowsTotal"));
        Map<String, Object> pair = predicates.get(1);
        assertEquals("PAIR", pair.get("kind"));
        List<Map<String, Object>> ab = (List<Map<String, Object>>) pair.get("conditions");
        assertEquals(2, ab.size(), "a, then b");
        assertEquals("answered", ab.get(1).get("metric"));

        Map<String, Object> ready = Predicates.awaitReady(api, ops, (String) attainment.get("id"));
        // By touchpoint id.
        List<Map<String, Object>> expected = new ArrayList<>(List.of(Map.of("touchpointId", leeds, "state", "READY", "rowsDone", 3, "rowsTotal", 3),
                Map.of("touchpointId", york, "state", "READY", "rowsDone", 0, "rowsTotal", 0)));
        expected.sort((x, y) -> ((String) x.get("touchpointId")).compareTo((String) y.get("touchpointId")));
        assertEquals(expected, ready.get("touchpoints"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringAgainKeepsTheIdAndAddsOnlyNewTouchpoints() {
        String id = (String) Predicates.register(api, ops, List.of(leeds), List.of(WAIT), List.of()).getFirst().get("id");
        Predicates.awaitReady(api, ops, id);
        List<Map<String, Object>> again = Predicates.register(api, ops, List.of(leeds, york), List.of(WAIT), List.of());
        assertEquals(id, again.getFirst().get("id"));
        assertEquals(List.of(leeds, york), ((List<Map<String, Object>>) again.getFirst().get("touchpoints")).stream()
                .map(t -> t.get("touchpointId")).toList());
        assertEquals("READY", ((List<Map<String, Object>>) again.getFirst().get("touchpoints")).getFirst().get("state"));
        // -0 and 0 compare alike, so they are one predicate.
        assertEquals(id, Predicates.register(api, ops, List.of(leeds), List.of(Predicates.attainment("wait_seconds", "LE", 60.0)), List.of())
                .getFirst().get("id"));
        assertNotEquals(id, Predicates.register(api, ops, List.of(leeds), List.of(Predicates.attainment("wait_seconds", "LT", 60)), List.of())
                .getFirst().get("id"));
    }

    @Test
    void aPredicateCountedOnlyOutsideTheCallersScopeOrUnknownAnswers404() {
        String other = otherBrand;
        String id = (String) Predicates.register(api, Api.operations(other), List.of(foreign), List.of(Predicates.attainment("csat", "GE", 4)),
                List.of()).getFirst().get("id");
        assertEquals(id, api.body(Api.operations(other), HttpRequest.GET("/api/v1/stats/predicates/" + id)).get("id"));
        Map<String, Object> problem = api.problem(404, ops, HttpRequest.GET("/api/v1/stats/predicates/" + id));
        assertEquals(404, problem.get("status"));
        api.problem(404, ops, HttpRequest.GET("/api/v1/stats/predicates/prd_00000000000000000000"));
        api.problem(400, ops, HttpRequest.GET("/api/v1/stats/predicates/bad%20id"));
    }

    @Test
    void badRegistrationsAnswerProblemsNamingTheField() {
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/predicates", Map.of("touchpointIds", List.of(),
                "attainment", List.of(WAIT))));
        assertEquals("/touchpointIds", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/predicates", Map.of("touchpointIds", List.of(leeds),
                "attainment", List.of(Predicates.attainment("Bad Key", "LE", 1)))));
        assertEquals("/attainment/0/metric", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/predicates", Map.of("touchpointIds", List.of(leeds),
                "attainment", Collections.nCopies(201, WAIT))));
        assertEquals("/attainment", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/predicates", """
                {"touchpointIds":["%s"],"pairs":[{"a":{"metric":"wait_seconds","op":"LE","threshold":1},"b":{"metric":"answered","op":"EQ","threshold":1e999}}]}"""
                .formatted(leeds)));
        assertEquals(List.of(Map.of("pointer", "/pairs/0/b/threshold", "message", "must be a finite number")), problem.get("errors"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readyCountersAnswerWholeHoursAndRawRowsThePartialOnes() throws SQLException {
        String id = (String) Predicates.register(api, ops, List.of(leeds), List.of(WAIT), List.of()).getFirst().get("id");
        Predicates.awaitReady(api, ops, id);
        // Skew the 08:00 counter: an answer over the whole hour reads it, one over part of it reads the raw rows.
        transactions.executeWrite(status -> {
            try (PreparedStatement skew = status.getConnection().prepareStatement("UPDATE stats_counter_hour SET valid = valid + 100"
                    + " WHERE predicate_seq = (SELECT seq FROM stats_predicate WHERE id = ?) AND hour_start = '2026-05-01 08:00:00'"
                    + " AND touchpoint_seq = (SELECT seq FROM touchpoint WHERE id = ?)")) {
                skew.setString(1, id);
                skew.setString(2, leeds);
                assertEquals(1, skew.executeUpdate());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(102, attainment("2026-05-01T08:00:00Z", "2026-05-01T09:00:00Z").get("valid"));
        assertEquals(2, attainment("2026-05-01T08:00:00.000001Z", "2026-05-01T09:00:00Z").get("valid"));
        assertEquals(2, attainment("2026-05-01T08:00:00Z", "2026-05-01T08:59:59Z").get("valid"));
        assertEquals(103, attainment("2026-05-01T07:30:00Z", "2026-05-01T10:00:01Z").get("valid"));
    }

    @Test
    void predicatesUnusedForTooLongAreDroppedWithTheirCounters() throws SQLException {
        String id = (String) Predicates.register(api, ops, List.of(leeds), List.of(Predicates.attainment("wait_seconds", "GE", 7)), List.of())
                .getFirst().get("id");
        Predicates.awaitReady(api, ops, id);
        transactions.executeWrite(status -> {
            try (PreparedStatement age = status.getConnection().prepareStatement(
                    "UPDATE stats_predicate SET last_used_at = '2020-01-01 00:00:00' WHERE id = ?")) {
                age.setString(1, id);
                return age.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(janitor.dropUnused() >= 1);
        api.problem(404, ops, HttpRequest.GET("/api/v1/stats/predicates/" + id));
        // Stats still answer, from the raw rows.
        Map<String, Object> request = new HashMap<>(Predicates.attainment("wait_seconds", "GE", 7));
        request.putAll(Map.of("touchpointIds", List.of(leeds), "from", "2026-05-01T00:00:00Z", "to", "2026-05-02T00:00:00Z"));
        assertEquals(3, api.body(ops, HttpRequest.POST("/api/v1/stats/attainment", request)).get("valid"));
        long left = transactions.executeRead(status -> {
            try (var rs = status.getConnection().createStatement().executeQuery("SELECT COUNT(*) FROM stats_counter_hour c"
                    + " LEFT JOIN stats_predicate p ON p.seq = c.predicate_seq WHERE p.seq IS NULL")) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(0, left, "no counters without their predicate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchWindowsAnswerInRequestOrderAndNameTheBadWindow() {
        Map<String, Object> request = new HashMap<>(WAIT);
        List<Map<String, Object>> windows = new ArrayList<>();
        windows.add(new HashMap<>(Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-05-02T00:00:00Z", "bucket", "DAY")));
        Map<String, Object> hourly = new HashMap<>(Map.of("from", "2026-05-01T08:30:00Z", "to", "2026-05-01T10:00:00Z"));
        hourly.put("bucket", null);
        windows.add(hourly);
        request.putAll(Map.of("touchpointIds", List.of(leeds, york), "windows", windows));
        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.POST("/api/v1/stats/attainment/batch", request));
        assertEquals(200, response.getStatus().getCode());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        assertEquals(Map.of("windows", List.of(
                Map.of("valid", 3, "good", 2, "byTouchpoint", List.of(Map.of("touchpointId", leeds, "valid", 3, "good", 2),
                        Map.of("touchpointId", york, "valid", 0, "good", 0)), "buckets", List.of(Map.of("start", "2026-05-01T00:00:00Z", "valid", 3, "good", 2))),
                Map.of("valid", 1, "good", 0, "byTouchpoint", List.of(Map.of("touchpointId", leeds, "valid", 1, "good", 0),
                        Map.of("touchpointId", york, "valid", 0, "good", 0)), "buckets", List.of()))), response.body());

        Map<String, Object> contingency = Map.of("touchpointIds", List.of(leeds), "a", WAIT, "b", ANSWERED, "windows", List.of(
                Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-05-02T00:00:00Z"), Map.of("from", "2026-05-01T09:00:00Z", "to", "2026-05-01T11:00:00Z")));
        assertEquals(Map.of("windows", List.of(Map.of("bothMet", 1, "aOnly", 1, "bOnly", 1, "neither", 0),
                Map.of("bothMet", 0, "aOnly", 1, "bOnly", 0, "neither", 0))),
                api.body(ops, HttpRequest.POST("/api/v1/stats/contingency/batch", contingency)));

        windows.add(Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-05-01T00:00:00Z"));
        Map<String, Object> problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/attainment/batch", request));
        assertEquals(List.of(Map.of("pointer", "/windows/2/to", "message", "must be after from")), problem.get("errors"));
        problem = api.problem(422, ops, HttpRequest.POST("/api/v1/stats/contingency/batch", Map.of("touchpointIds", List.of(leeds), "a", WAIT,
                "b", ANSWERED, "windows", List.of(Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-05-01T01:00:00Z"),
                        Map.of("from", "2025-01-01T00:00:00Z", "to", "2026-05-01T00:00:00Z")))));
        assertEquals(List.of(Map.of("pointer", "/windows/1/to", "message", "must be at most 400 days after from")), problem.get("errors"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/attainment/batch", Map.of("touchpointIds", List.of(leeds),
                "metric", "wait_seconds", "op", "LE", "threshold", 60, "windows", List.of())));
        assertEquals("/windows", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/contingency/batch", Map.of("touchpointIds", List.of(leeds), "a", WAIT,
                "b", ANSWERED, "windows", Collections.nCopies(51, Map.of("from", "2026-05-01T00:00:00Z", "to", "2026-05-01T01:00:00Z")))));
        assertEquals("/windows", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
        problem = api.problem(400, ops, HttpRequest.POST("/api/v1/stats/contingency/batch", Map.of("touchpointIds", List.of(leeds), "a", WAIT,
                "b", ANSWERED, "windows", List.of(Map.of("to", "2026-05-01T01:00:00Z")))));
        assertEquals("/windows/0/from", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
    }

    private Map<String, Object> attainment(String from, String to) {
        Map<String, Object> request = new HashMap<>(WAIT);
        request.putAll(Map.of("touchpointIds", List.of(leeds), "from", from, "to", to));
        return api.body(ops, HttpRequest.POST("/api/v1/stats/attainment", request));
    }
}
