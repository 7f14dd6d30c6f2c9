package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.metrics.MetricKeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code text/csv}: a header row names the columns {@code externalId, occurredAt, journeyId,
 * customerRef, sourceVersion}, {@code m.<metric>} for metric values and {@code a.<attribute>} for attributes, in
 * any order; other columns are ignored. A blank cell is an absent value. A UTF-8 byte-order mark
 * and CRLF line ends are accepted; blank lines are skipped.
 */
final class CsvSource implements RecordSource {

    static final String METRIC_PREFIX = "m.";
    static final String ATTRIBUTE_PREFIX = "a.";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?");

    private enum Kind { EXTERNAL_ID, OCCURRED_AT, JOURNEY_ID, CUSTOMER_REF, SOURCE_VERSION, METRIC, ATTRIBUTE, IGNORED }

    private record Column(Kind kind, String key) {
    }

    private final CsvTokenizer tokenizer;
    private final List<Column> columns;
    private int index;

    CsvSource(InputStream body, int maxRecordBytes) throws IOException {
        InputStreamReader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        this.tokenizer = new CsvTokenizer(reader, maxRecordBytes);
        tokenizer.skipLeading('\uFEFF');
        CsvTokenizer.Row header = tokenizer.next();
        if (header == null) {
            throw BodyProblems.empty();
        }
        this.columns = columns(header);
    }

    @Override
    public RawRecord next() throws IOException {
        CsvTokenizer.Row row;
        do {
            row = tokenizer.next();
            if (row == null) {
                return null;
            }
        } while (row.problem() == null && row.cells().size() == 1 && row.cells().getFirst().isBlank());
        RawRecord record = new RawRecord(index++);
        if (row.problem() != null) {
            record.problem(null, row.problem());
            return record;
        }
        if (row.cells().size() != columns.size()) {
            record.problem(null, "has " + row.cells().size() + " cells but the header has " + columns.size());
            return record;
        }
        for (int i = 0; i < columns.size(); i++) {
            String cell = row.cells().get(i);
            if (cell.isEmpty()) {
                continue;
            }
            Column column = columns.get(i);
            switch (column.kind()) {
                case EXTERNAL_ID -> record.externalId = cell;
                case OCCURRED_AT -> record.occurredAt = cell.strip();
                case JOURNEY_ID -> record.journeyId = cell;
                case CUSTOMER_REF -> record.customerRef = cell;
                case SOURCE_VERSION -> record.sourceVersion = cell.strip();
                case METRIC -> metric(record, column.key(), cell.strip());
                case ATTRIBUTE -> record.attributes.add(new String[] {column.key(), cell});
                case IGNORED -> { }
            }
        }
        return record;
    }

    private static void metric(RawRecord record, String key, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (text.equalsIgnoreCase("true")) {
            record.metrics.add(new RawRecord.Metric(key, "true", 1, true));
        } else if (text.equalsIgnoreCase("false")) {
            record.metrics.add(new RawRecord.Metric(key, "false", 0, true));
        } else if (NUMBER.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            String json = JSON_NUMBER.matcher(text).matches() ? text : Double.toString(value);
            record.metrics.add(new RawRecord.Metric(key, json, value, false));
        } else {
            record.problem("metrics." + key, "must be a finite number or true/false");
        }
    }

    private static List<Column> columns(CsvTokenizer.Row header) {
        if (header.problem() != null) {
            throw BodyProblems.malformed("The CSV header row " + header.problem());
        }
        List<Column> columns = new ArrayList<>(header.cells().size());
        Set<String> seen = new HashSet<>();
        for (String raw : header.cells()) {
            String name = raw.strip();
            if (!name.isEmpty() && !seen.add(name)) {
                throw BodyProblems.malformed("The CSV header names column '" + name + "' twice");
            }
            columns.add(column(name));
        }
        if (!seen.contains("externalId") || !seen.contains("occurredAt")) {
            throw BodyProblems.malformed("The CSV header must name the columns externalId and occurredAt (then journeyId, customerRef, sourceVersion, m.<metric>, a.<attribute>)");
        }
        return columns;
    }

    private static Column column(String name) {
        return switch (name) {
            case "externalId" -> new Column(Kind.EXTERNAL_ID, null);
            case "occurredAt" -> new Column(Kind.OCCURRED_AT, null);
            case "journeyId" -> new Column(Kind.JOURNEY_ID, null);
            case "customerRef" -> new Column(Kind.CUSTOMER_REF, null);
            case "sourceVersion" -> new Column(Kind.SOURCE_VERSION, null);
            default -> {
                if (name.startsWith(METRIC_PREFIX)) {
                    String key = name.substring(METRIC_PREFIX.length());
                    if (!MetricKeys.isValid(key)) {
                        throw BodyProblems.malformed("The CSV column '" + name + "' is not a metric: the key " + MetricKeys.MESSAGE);
                    }
                    yield new Column(Kind.METRIC, key);
                }
                if (name.startsWith(ATTRIBUTE_PREFIX)) {
                    String key = name.substring(ATTRIBUTE_PREFIX.length());
                    if (!AttributeKeys.isValid(key)) {
                        throw BodyProblems.malformed("The CSV column '" + name + "' is not an attribute: the key " + AttributeKeys.MESSAGE);
                    }
                    yield new Column(Kind.ATTRIBUTE, key);
                }
                yield new Column(Kind.IGNORED, null);
            }
        };
    }

    @Override
    public void close() {
        // The body stream belongs to the server.
    }
}
