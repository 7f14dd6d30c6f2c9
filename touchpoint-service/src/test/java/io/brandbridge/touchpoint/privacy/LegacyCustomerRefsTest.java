package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Predicates;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interactions a release before pseudonymisation stored (raw customerRef, no journeys) at two touchpoints of a brand are upgraded
 * by the job to what pushing the same records gives a second brand: pseudonyms, derived metrics, counters and handoffs.
 */
@MicronautTest(transactional = false)
@Property(name = "touchpoint.legacy-upgrade.enabled", value = "false")
@Property(name = "touchpoint.legacy-upgrade.chunk-rows", value = "3")
class LegacyCustomerRefsTest {

    private static final Instant T = Instant.parse("2025-03-03T09:00:00Z");

    /** A record at touchpoint 0 or 1; {@code pushedRepeat} a repeat_contact_7d the previous release accepted from the client. */
    private record Row(int tp, String externalId, Duration at, String journeyId, String customerRef, int waitSeconds, Integer pushedRepeat) {

        /** As this release takes it: a pushed repeat_contact_7d only on a record without a customerRef (else it is refused). */
        String json() {
            StringBuilder metrics = new StringBuilder("{\"wait_seconds\":" + waitSeconds);
            if (pushedRepeat != null && customerRef == null) {
                metrics.append(",\"repeat_contact_7d\":").append(pushedRepeat);
            }
            return "{\"externalId\":\"" + externalId + "\",\"occurredAt\":\"" + T.plus(at) + "\""
                    + (journeyId == null ? "" : ",\"journeyId\":\"" + journeyId + "\"")
                    + (customerRef == null ? "" : ",\"customerRef\":\"" + customerRef + "\"") + ",\"metrics\":" + metrics.append('}') + "}";
        }
    }

    private static final List<Row> LEGACY = List.of(
            new Row(0, "c1-a", Duration.ZERO, null, "CUST-1", 30, null),
            new Row(0, "none", Duration.ofMinutes(5), null, null, 10, null),
            new Row(1, "c2-a", Duration.ofMinutes(10), null, "CUST-2", 50, 1),
            new Row(0, "j1-a", Duration.ofMinutes(20), "jrn-1", null, 20, null),
            new Row(1, "c1-b", Duration.ofMinutes(30), null, "CUST-1", 70, null),
            new Row(1, "j2-a", Duration.ofMinutes(40), "jrn-2", null, 5, 1),
            new Row(1, "j1-b", Duration.ofMinutes(50), "jrn-1", null, 40, null),
            new Row(0, "c4-a", Duration.ofHours(2), "jrn-4", "CUST-4", 25, null),
            new Row(0, "c1-c", Duration.ofDays(3), null, "CUST-1", 15, null));
    /** Pushed by this release after the migration marked the rows above: one extends CUST-1's journey before the job ran. */
    private static final List<Row> PUSHED_AFTER = List.of(
            new Row(1, "c1-d", Duration.ofDays(5), null, "CUST-1", 35, null),
            new Row(0, "c3-a", Duration.ofHours(1), null, "CUST-3", 45, null));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    LegacyCustomerRefs upgrade;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ConnectionOperations<Connection> connections;

    Api api;
    String legacyBrand;
    String referenceBrand;
    List<String> legacy;
    List<String> reference;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        legacyBrand = Api.newBrand();
        referenceBrand = Api.newBrand();
        legacy = List.of(api.createTouchpoint(legacyBrand), api.createTouchpoint(legacyBrand));
        reference = List.of(api.createTouchpoint(referenceBrand), api.createTouchpoint(referenceBrand));
        storeAsThePreviousReleaseDid();
        markAsTheMigrationDoes();
        for (Row row : LEGACY) {
            push(referenceBrand, reference, row);
        }
        for (Row row : PUSHED_AFTER) {
            push(legacyBrand, legacy, row);
            push(referenceBrand, reference, row);
        }
    }

    @Test
    void legacyRowsEndAsIfTheyHadBeenPushedAndASecondRunChangesNothing() {
        Caller legacyOps = Api.operations(legacyBrand);
        Caller referenceOps = Api.operations(referenceBrand);
        String legacyPredicate = (String) Predicates.register(api, legacyOps, legacy,
                List.of(Predicates.attainment("repeat_contact_7d", "EQ", 1)), List.of()).getFirst().get("id");
        String referencePredicate = (String) Predicates.register(api, referenceOps, reference,
                List.of(Predicates.attainment("repeat_contact_7d", "EQ", 1)), List.of()).getFirst().get("id");
        Predicates.awaitReady(api, legacyOps, legacyPredicate);
        Predicates.awaitReady(api, referenceOps, referencePredicate);
        Map<String, String> refsPushedAfter = customerRefs(legacy, "c");
        refsPushedAfter.keySet().retainAll(List.of("0 c3-a", "1 c1-d"));

        LegacyCustomerRefs.Outcome outcome = upgrade.run();

        assertEquals(new LegacyCustomerRefs.Outcome(2, LEGACY.size() - 1), outcome, "every row but the one with neither journeyId nor customerRef");
        Map<String, String> refs = customerRefs(legacy, "");
        for (String ref : refs.values()) {
            assertTrue(ref == null || ref.length() == 43 && !ref.startsWith("CUST"), () -> "a raw value is left: " + refs);
        }
        String cust1 = pseudonyms.allOf(legacyBrand, "CUST-1").getFirst();
        assertEquals(List.of(cust1, cust1, cust1, cust1), List.of(refs.get("0 c1-a"), refs.get("1 c1-b"), refs.get("0 c1-c"), refs.get("1 c1-d")),
                "one pseudonym across the brand's touchpoints, the same a push gives");
        assertEquals(pseudonyms.allOf(legacyBrand, "CUST-2").getFirst(), refs.get("1 c2-a"));
        assertEquals(refsPushedAfter.get("0 c3-a"), refs.get("0 c3-a"), "rows pushed after the mark keep their pseudonym");
        assertEquals(refsPushedAfter.get("1 c1-d"), refs.get("1 c1-d"));
        assertEquals(derivedMetrics(reference), derivedMetrics(legacy));
        assertEquals(handoffs(referenceOps, reference), handoffs(legacyOps, legacy));
        assertEquals(attainment(referenceOps, reference), attainment(legacyOps, legacy), "the standing counters moved like a push's");
        assertEquals(List.of(4), journeyContactCounts(legacyOps, "CUST-1"), "CUST-1's four contacts are one journey");
        assertTrue(changedHours(legacy.get(0)).contains(LocalDateTime.ofInstant(T.plus(Duration.ofDays(3)), ZoneOffset.UTC)),
                "the hours of upgraded rows are re-scored");
        assertEquals(0, pendingRows(legacy));

        Map<String, String> derivedBefore = derivedMetrics(legacy);
        assertEquals(new LegacyCustomerRefs.Outcome(0, 0), upgrade.run(), "a second run finds nothing");
        assertEquals(refs, customerRefs(legacy, ""));
        assertEquals(derivedBefore, derivedMetrics(legacy));
    }

    @Test
    void aChunkRepeatedAfterItsCommitChangesNothing() {
        upgrade.run();
        Map<String, String> refs = customerRefs(legacy, "");
        Map<String, String> derived = derivedMetrics(legacy);
        // As if the cursor had not been moved: every row is read again.
        markAsTheMigrationDoes();

        LegacyCustomerRefs.Outcome again = upgrade.run();

        assertEquals(0, again.interactions(), again::toString);
        assertEquals(refs, customerRefs(legacy, ""), "pseudonyms are not hashed a second time");
        assertEquals(derived, derivedMetrics(legacy));
        assertEquals(0, pendingRows(legacy));
    }

    @Test
    void anErasureBeforeTheUpgradeReachesTheRowsErasesTheirRawValueToo() {
        Map<String, Object> erased = api.body(TestCallers.of(Role.PRIVACY, legacyBrand),
                HttpRequest.POST("/api/v1/brands/" + legacyBrand + "/erasure", Map.of("customerRef", "CUST-1")));
        assertEquals(4, erased.get("interactionsAffected"), "three legacy rows and the one pushed after the mark");

        upgrade.run();

        Map<String, String> refs = customerRefs(legacy, "c1-");
        assertEquals(4, refs.size(), refs::toString);
        assertTrue(refs.values().stream().allMatch(Objects::isNull), refs::toString);
        assertEquals(List.of(), journeyContactCounts(Api.operations(legacyBrand), "CUST-1"));
    }

    private void push(String brand, List<String> touchpoints, Row row) {
        Map<String, Object> report = api.push(touchpoints.get(row.tp()), "application/json", row.json(), Api.integrator(brand));
        assertEquals(1, report.get("accepted"), report::toString);
    }

    @SuppressWarnings("unchecked")
    private List<Integer> journeyContactCounts(Caller caller, String customerRef) {
        Map<String, Object> found = api.body(caller, HttpRequest.POST("/api/v1/touchpoints/" + legacy.get(0) + "/journeys/lookup",
                Map.of("customerRef", customerRef)));
        return ((List<Map<String, Object>>) found.get("journeys")).stream().map(j -> (Integer) j.get("contactCount")).toList();
    }

    /** The previous release's rows: raw customer_ref, pushed metrics (a derived key at its fixed id, as V10 left it), no journey rows. */
    private void storeAsThePreviousReleaseDid() {
        sql(connection -> {
            int[] ids = new int[2];
            for (Row row : LEGACY) {
                int seq = seq(connection, legacy.get(row.tp()));
                long id = ++ids[row.tp()];
                String at = T.plus(row.at()).toString().replace('T', ' ').replace("Z", "");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO interaction (touchpoint_seq, occurred_at, id, external_id,"
                        + " journey_id, customer_ref, metrics, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setInt(1, seq);
                    insert.setString(2, at);
                    insert.setLong(3, id);
                    insert.setBytes(4, row.externalId().getBytes(StandardCharsets.UTF_8));
                    insert.setString(5, row.journeyId());
                    insert.setString(6, row.customerRef());
                    insert.setString(7, "{}");
                    insert.setString(8, at);
                    insert.executeUpdate();
                }
                metric(connection, seq, "wait_seconds", 1, at, id, row.waitSeconds());
                if (row.pushedRepeat() != null) {
                    metric(connection, seq, "repeat_contact_7d", -1, at, id, row.pushedRepeat());
                }
                try (PreparedStatement last = connection.prepareStatement("UPDATE touchpoint SET interaction_seq = ? WHERE seq = ?")) {
                    last.setLong(1, id);
                    last.setInt(2, seq);
                    last.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void metric(Connection connection, int seq, String key, int metricId, String at, long id, double value) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO touchpoint_metric (touchpoint_seq, metric_key, metric_id) VALUES (" + seq + ",'" + key + "'," + metricId
                    + ") ON DUPLICATE KEY UPDATE metric_id = VALUES(metric_id)");
            statement.executeUpdate("INSERT INTO interaction_metric (touchpoint_seq, metric_id, occurred_at, interaction_id, metric_value) VALUES ("
                    + seq + "," + metricId + ",'" + at + "'," + id + "," + value + ")");
        }
    }

    /** V12's statement, for this brand's touchpoints only (the test database holds other tests' touchpoints too). */
    private void markAsTheMigrationDoes() {
        sql(connection -> {
            try (PreparedStatement mark = connection.prepareStatement("INSERT INTO legacy_interaction_upgrade (touchpoint_seq, last_legacy_id)"
                    + " SELECT seq, interaction_seq FROM touchpoint WHERE interaction_seq > 0 AND brand_id = ?")) {
                mark.setString(1, legacyBrand);
                mark.executeUpdate();
            }
            return null;
        });
    }

    /** "touchpoint-index externalId" to the stored customer_ref, for externalIds starting with {@code prefix}. */
    private Map<String, String> customerRefs(List<String> touchpoints, String prefix) {
        return sql(connection -> {
            Map<String, String> refs = new TreeMap<>();
            for (int tp = 0; tp < touchpoints.size(); tp++) {
                try (PreparedStatement query = connection.prepareStatement("SELECT external_id, customer_ref FROM interaction WHERE touchpoint_seq = ?")) {
                    query.setInt(1, seq(connection, touchpoints.get(tp)));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            String externalId = new String(rs.getBytes(1), StandardCharsets.UTF_8);
                            if (externalId.startsWith(prefix)) {
                                refs.put(tp + " " + externalId, rs.getString(2));
                            }
                        }
                    }
                }
            }
            return refs;
        });
    }

    /** "touchpoint-index externalId key" to the value, for every derived metric row (negative ids) of the touchpoints. */
    private Map<String, String> derivedMetrics(List<String> touchpoints) {
        return sql(connection -> {
            Map<String, String> values = new TreeMap<>();
            for (int tp = 0; tp < touchpoints.size(); tp++) {
                try (PreparedStatement query = connection.prepareStatement("SELECT i.external_id, k.metric_key, m.metric_value FROM interaction_metric m"
                        + " JOIN touchpoint_metric k ON k.touchpoint_seq = m.touchpoint_seq AND k.metric_id = m.metric_id"
                        + " JOIN interaction i ON i.touchpoint_seq = m.touchpoint_seq AND i.id = m.interaction_id"
                        + " WHERE m.touchpoint_seq = ? AND m.metric_id < 0")) {
                    query.setInt(1, seq(connection, touchpoints.get(tp)));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            values.put(tp + " " + new String(rs.getBytes(1), StandardCharsets.UTF_8) + " " + rs.getString(2), Double.toString(rs.getDouble(3)));
                        }
                    }
                }
            }
            return values;
        });
    }

    /** The handoff matrix with touchpoint ids replaced by their index, pairs sorted. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> handoffs(Caller caller, List<String> touchpoints) {
        Map<String, Object> matrix = new HashMap<>(api.body(caller, HttpRequest.POST("/api/v1/stats/handoffs", Map.of("touchpointIds", touchpoints,
                "from", T.minus(Duration.ofDays(1)).toString(), "to", T.plus(Duration.ofDays(30)).toString()))));
        TreeSet<String> pairs = new TreeSet<>();
        for (Map<String, Object> pair : (List<Map<String, Object>>) matrix.get("handoffs")) {
            pairs.add(touchpoints.indexOf((String) pair.get("fromTouchpointId")) + "->" + touchpoints.indexOf((String) pair.get("toTouchpointId"))
                    + " count " + pair.get("count") + " followedUp " + pair.get("followedUp") + " median " + pair.get("medianGapMinutes"));
        }
        matrix.put("handoffs", new ArrayList<>(pairs));
        assertNotEquals(List.of(), matrix.get("handoffs"), matrix::toString);
        return matrix;
    }

    /** repeat_contact_7d EQ 1 over whole hours (so from the counters), per touchpoint index. */
    @SuppressWarnings("unchecked")
    private List<String> attainment(Caller caller, List<String> touchpoints) {
        List<String> counts = new ArrayList<>();
        for (int tp = 0; tp < touchpoints.size(); tp++) {
            Map<String, Object> answer = api.body(caller, HttpRequest.POST("/api/v1/stats/attainment", Map.of("touchpointIds", List.of(touchpoints.get(tp)),
                    "metric", "repeat_contact_7d", "op", "EQ", "threshold", 1, "from", T.toString(), "to", T.plus(Duration.ofDays(6)).toString())));
            counts.add(tp + " valid " + answer.get("valid") + " good " + answer.get("good"));
        }
        return counts;
    }

    private List<LocalDateTime> changedHours(String touchpoint) {
        return sql(connection -> {
            List<LocalDateTime> hours = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT hour_start FROM interaction_change_hour WHERE touchpoint_seq = ?")) {
                query.setInt(1, seq(connection, touchpoint));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        hours.add(rs.getObject(1, LocalDateTime.class));
                    }
                }
            }
            return hours;
        });
    }

    private long pendingRows(List<String> touchpoints) {
        return sql(connection -> {
            long rows = 0;
            for (String touchpoint : touchpoints) {
                try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM legacy_interaction_upgrade WHERE touchpoint_seq = ?")) {
                    query.setInt(1, seq(connection, touchpoint));
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        rows += rs.getLong(1);
                    }
                }
            }
            return rows;
        });
    }

    private static int seq(Connection connection, String touchpointId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM touchpoint WHERE id = ?")) {
            query.setString(1, touchpointId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        return connections.executeWrite(status -> {
            try {
                return work.apply(status.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
