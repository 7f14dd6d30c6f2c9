package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.journeys.JourneyDerivations;
import io.brandbridge.touchpoint.journeys.NewContact;
import io.brandbridge.touchpoint.journeys.ReplacedContact;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.SqlLiterals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the chunks of one push inside its transaction while it holds the touchpoint's row lock, so
 * the duplicate check is exact: no other push can store the same externalIds in between, and the
 * unique key on (touchpoint, externalId) tells when some of a chunk are already stored.
 * Rows go out as hand-written multi-row INSERTs, a few statements per chunk instead of one per row.
 */
final class IngestSession {

    // Statements stay far below max_allowed_packet (16 MB by default on MariaDB, 64 MB on MySQL 8.4).
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int MAX_STATEMENT_CHARS = 4_000_000;
    private static final int METRIC_ROWS_PER_STATEMENT = 20_000;
    private static final String INSERT_INTERACTION_PREFIX = "INSERT INTO interaction "
            + "(touchpoint_seq, occurred_at, id, external_id, journey_id, customer_ref, source_version, metrics, attributes, received_at) VALUES ";
    private static final String INSERT_METRIC_PREFIX = "INSERT INTO interaction_metric "
            + "(touchpoint_seq, metric_id, occurred_at, interaction_id, metric_value) VALUES ";
    private static final String UPSERT_CHANGE_HOUR_PREFIX = "INSERT INTO interaction_change_hour (touchpoint_seq, hour_start, changed_at) VALUES ";
    /** {@code yyyy-MM-dd HH} of an occurredAt text: its UTC hour. */
    private static final int HOUR_PREFIX = 13;

    private final Connection connection;
    private final int touchpointSeq;
    private final String receivedAt;
    private final Map<String, Integer> metricIds;
    private long lastInteractionId;
    private final long firstInteractionId;
    private int lastMetricId;
    /** UTC hours ({@code yyyy-MM-dd HH}) of the records stored so far, in key order for the upsert. */
    private final Set<String> changedHours = new TreeSet<>();
    /** The standing predicates' counts of the records stored so far. */
    private final HourTally counters;
    private final String brandId;
    private final JourneyDerivations journeys;
    /** The stored records with a journeyId or a customerRef, derived when the push finishes. */
    private final List<NewContact> contacts = new ArrayList<>();
    /** Interactions this push replaced, whose derived rows, journey contacts and counts go when it derives. */
    private final List<ReplacedContact> replaced = new ArrayList<>();

    IngestSession(Connection connection, int touchpointSeq, String brandId, long lastInteractionId, Map<String, Integer> metricIds,
                  HourTally counters, JourneyDerivations journeys, String receivedAt) {
        this.connection = connection;
        this.counters = counters;
        this.brandId = brandId;
        this.journeys = journeys;
        this.touchpointSeq = touchpointSeq;
        this.lastInteractionId = lastInteractionId;
        this.firstInteractionId = lastInteractionId;
        this.metricIds = metricIds;
        this.lastMetricId = Math.max(0, metricIds.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        this.receivedAt = receivedAt;
    }

    void write(List<ValidRecord> chunk, ReportBuilder report) throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, Versions> byId = new LinkedHashMap<>(chunk.size() * 2);
        for (ValidRecord record : chunk) {
            Versions versions = byId.get(record.externalId());
            if (versions == null) {
                byId.put(record.externalId(), new Versions(record));
            } else {
                versions.add(record);
            }
        }
        // New records are the rule and replays the exception: insert first, and look for stored ids only
        // when the unique key refuses the chunk. The touchpoint lock means nobody else adds ids meanwhile.
        List<ValidRecord> fresh = new ArrayList<>(byId.size());
        for (Versions versions : byId.values()) {
            fresh.add(versions.resolve(false, null));
        }
        List<ReplacedRecords.Stored> replaced = List.of();
        Savepoint beforeInsert = connection.setSavepoint();
        try {
            insertInteractions(fresh);
        } catch (SQLException e) {
            if (!SqlErrors.isDuplicateKey(e)) {
                throw e;
            }
            connection.rollback(beforeInsert);
            Map<String, ReplacedRecords.Stored> stored = ReplacedRecords.find(connection, touchpointSeq, byId.keySet());
            fresh.clear();
            replaced = new ArrayList<>();
            for (Map.Entry<String, Versions> entry : byId.entrySet()) {
                ReplacedRecords.Stored old = stored.get(entry.getKey());
                ValidRecord kept = entry.getValue().resolve(old != null, old == null ? null : old.sourceVersion());
                if (kept != null) {
                    fresh.add(kept);
                    if (old != null) {
                        replaced.add(old);
                    }
                }
            }
            replace(replaced);
            if (!fresh.isEmpty()) {
                insertInteractions(fresh);
            }
        }
        for (Versions versions : byId.values()) {
            report.accepted(versions.accepted);
            report.updated(versions.updated);
            report.duplicates(versions.duplicates);
        }
        if (fresh.isEmpty()) {
            return;
        }
        registerMetricKeys(fresh);
        noteContacts(fresh);
        insertMetrics(fresh);
        noteHours(fresh);
        for (ValidRecord record : fresh) {
            counters.add(record.occurredAt(), record.metricKeys(), record.metricValues());
        }
    }

    /** Takes out the stored versions being replaced, including ones this push stored in an earlier chunk. */
    private void replace(List<ReplacedRecords.Stored> replaced) throws SQLException {
        if (replaced.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        replaced.forEach(r -> ids.add(r.id()));
        // Removing rows that other pushes' derivations read and write waits for the brand lock, as writing them does.
        journeys.lockBrand(connection, brandId);
        // This push's own contacts are derived at the end, so a replaced one simply leaves the list.
        contacts.removeIf(c -> ids.contains(c.interactionId()));
        this.replaced.addAll(ReplacedRecords.remove(connection, touchpointSeq, replaced, metricIds, changedHours));
    }

    /**
     * The records of one externalId in a chunk, in order, as if pushed one after another: the first one not yet stored
     * is accepted, one with a greater sourceVersion than the last kept is an update, any other a duplicate.
     */
    private static final class Versions {

        private final ValidRecord first;
        private List<ValidRecord> later = List.of();
        int accepted;
        int updated;
        int duplicates;

        Versions(ValidRecord first) {
            this.first = first;
        }

        void add(ValidRecord record) {
            if (later.isEmpty()) {
                later = new ArrayList<>(2);
            }
            later.add(record);
        }

        /** The version to store, or null when nothing of the chunk changes what is stored; counts the outcomes. */
        ValidRecord resolve(boolean stored, Long storedVersion) {
            accepted = 0;
            updated = 0;
            duplicates = 0;
            ValidRecord kept = null;
            boolean exists = stored;
            Long version = storedVersion;
            for (int i = -1; i < later.size(); i++) {
                ValidRecord r = i < 0 ? first : later.get(i);
                if (!exists) {
                    accepted++;
                    exists = true;
                } else if (SourceVersions.newer(r.sourceVersion(), version)) {
                    updated++;
                } else {
                    duplicates++;
                    continue;
                }
                version = r.sourceVersion();
                kept = r;
            }
            return kept;
        }
    }

    /**
     * Records the last interaction number handed out, adds the standing predicates' counts and marks the hours that received records; the
     * caller commits. The marks go last, with {@code changed_at} read from the clock only then, so it
     * trails the commit by as little as possible (the changes watermark relies on that gap being small).
     */
    void finish(Clock clock) throws SQLException {
        if (lastInteractionId == firstInteractionId) {
            // Every id handed out is a stored row: a push that stored nothing replaced nothing either.
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE touchpoint SET interaction_seq = ? WHERE seq = ?")) {
            update.setLong(1, lastInteractionId);
            update.setInt(2, touchpointSeq);
            update.executeUpdate();
        }
        // Before this touchpoint's counters and marks: rows other pushes' derivations touch are written under the brand lock only.
        journeys.pushed(connection, brandId, touchpointSeq, contacts, counters, replaced);
        counters.writeTo(connection);
        markChangedHours(DbTimes.sql(clock.instant()));
    }

    /** Called before {@link #insertMetrics} moves {@code lastInteractionId} past the records. */
    private void noteContacts(List<ValidRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            ValidRecord r = records.get(i);
            if (r.journeyId() != null || r.customerRef() != null) {
                contacts.add(new NewContact(lastInteractionId + 1 + i, r.occurredAt(), r.externalId(), r.journeyId(), r.customerRef(),
                        List.of(r.customerAliases()), r.metricKeys(), r.metricValues()));
            }
        }
    }

    private void noteHours(List<ValidRecord> records) {
        String last = null;
        for (ValidRecord record : records) {
            // Records of a push mostly share their hour with the previous one; compare before allocating.
            if (last == null || !record.occurredAt().regionMatches(0, last, 0, HOUR_PREFIX)) {
                last = record.occurredAt().substring(0, HOUR_PREFIX);
                changedHours.add(last);
            }
        }
    }

    /**
     * One multi-row upsert per {@link #ROWS_PER_STATEMENT} hours, in key order so concurrent pushes
     * lock rows in the same order. ON DUPLICATE KEY UPDATE with VALUES() reads alike on MySQL 8.4,
     * MariaDB 10.11 and H2 in MySQL mode.
     */
    private void markChangedHours(String changedAt) throws SQLException {
        try (Statement upsert = connection.createStatement()) {
            StringBuilder sql = new StringBuilder();
            int rows = 0;
            int left = changedHours.size();
            for (String hour : changedHours) {
                sql.append(rows == 0 ? UPSERT_CHANGE_HOUR_PREFIX + "(" : ",(").append(touchpointSeq).append(",'").append(hour)
                        .append(":00:00','").append(changedAt).append("')");
                left--;
                if (++rows == ROWS_PER_STATEMENT || left == 0) {
                    upsert.executeUpdate(sql.append(" ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at)").toString());
                    sql.setLength(0);
                    rows = 0;
                }
            }
        }
    }

    private void registerMetricKeys(List<ValidRecord> records) throws SQLException {
        List<String> added = new ArrayList<>(0);
        for (ValidRecord record : records) {
            for (String key : record.metricKeys()) {
                if (!metricIds.containsKey(key)) {
                    metricIds.put(key, DerivedMetrics.isDerived(key) ? DerivedMetrics.id(key) : ++lastMetricId);
                    added.add(key);
                }
            }
        }
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                // A derivation under the brand lock may have given a derived key its fixed id here meanwhile.
                "INSERT INTO touchpoint_metric (touchpoint_seq, metric_key, metric_id) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE metric_id = VALUES(metric_id)")) {
            for (String key : added) {
                insert.setInt(1, touchpointSeq);
                insert.setString(2, key);
                insert.setInt(3, metricIds.get(key));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Multi-row INSERTs of up to {@link #ROWS_PER_STATEMENT} records, written out in full: numbers and
     * timestamps this service formatted, client texts as hex literals. Binding thousands of parameters
     * per chunk cost the driver more CPU than the database spent inserting the rows.
     */
    private void insertInteractions(List<ValidRecord> records) throws SQLException {
        try (Statement insert = connection.createStatement()) {
            StringBuilder sql = new StringBuilder(INSERT_INTERACTION_PREFIX.length() + Math.min(records.size(), ROWS_PER_STATEMENT) * 600);
            int rows = 0;
            for (int i = 0; i < records.size(); i++) {
                ValidRecord record = records.get(i);
                sql.append(rows == 0 ? INSERT_INTERACTION_PREFIX + "(" : ",(").append(touchpointSeq).append(",'").append(record.occurredAt())
                        .append("',").append(lastInteractionId + 1 + i).append(',');
                SqlLiterals.appendText(sql, record.externalId());
                sql.append(',');
                SqlLiterals.appendText(sql, record.journeyId());
                sql.append(',');
                SqlLiterals.appendText(sql, record.customerRef());
                sql.append(',').append(record.sourceVersion()).append(',');
                SqlLiterals.appendText(sql, record.metricsJson());
                sql.append(',');
                SqlLiterals.appendText(sql, record.attributesJson());
                sql.append(",'").append(receivedAt).append("')");
                if (++rows == ROWS_PER_STATEMENT || sql.length() > MAX_STATEMENT_CHARS || i == records.size() - 1) {
                    insert.executeUpdate(sql.toString());
                    sql.setLength(0);
                    rows = 0;
                }
            }
        }
    }

    /** Metric rows go out grouped by metric, so each group lands at one end of its index range. */
    private void insertMetrics(List<ValidRecord> records) throws SQLException {
        int[][] idsPerRecord = new int[records.size()][];
        // Derived keys have the negative ids -1..-n; slots are shifted so they sort first, as in the index.
        int shift = DerivedMetrics.KEYS.size();
        int[] start = new int[lastMetricId + shift + 2];
        for (int r = 0; r < records.size(); r++) {
            String[] keys = records.get(r).metricKeys();
            int[] ids = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                ids[k] = metricIds.get(keys[k]);
                start[ids[k] + shift + 1]++;
            }
            idsPerRecord[r] = ids;
        }
        for (int m = 1; m < start.length; m++) {
            start[m] += start[m - 1];
        }
        int[] rowRecord = new int[start[start.length - 1]];
        int[] rowKey = new int[rowRecord.length];
        for (int r = 0; r < records.size(); r++) {
            int[] ids = idsPerRecord[r];
            for (int k = 0; k < ids.length; k++) {
                int slot = start[ids[k] + shift]++;
                rowRecord[slot] = r;
                rowKey[slot] = k;
            }
        }
        if (rowRecord.length == 0) {
            lastInteractionId += records.size();
            return;
        }
        // Metric rows hold only numbers and timestamps this service formatted, so they travel as literals
        // in one multi-row INSERT: binding five parameters per row costs the driver more than the database.
        try (Statement insert = connection.createStatement()) {
            for (int from = 0; from < rowRecord.length; from += METRIC_ROWS_PER_STATEMENT) {
                int to = Math.min(rowRecord.length, from + METRIC_ROWS_PER_STATEMENT);
                StringBuilder sql = new StringBuilder(INSERT_METRIC_PREFIX.length() + (to - from) * 56).append(INSERT_METRIC_PREFIX);
                for (int row = from; row < to; row++) {
                    ValidRecord record = records.get(rowRecord[row]);
                    int k = rowKey[row];
                    sql.append(row == from ? "(" : ",(").append(touchpointSeq).append(',').append(idsPerRecord[rowRecord[row]][k])
                            .append(",'").append(record.occurredAt()).append("',").append(lastInteractionId + 1 + rowRecord[row])
                            .append(',').append(record.metricValues()[k]).append(')');
                }
                insert.executeUpdate(sql.toString());
            }
        }
        lastInteractionId += records.size();
    }

}
