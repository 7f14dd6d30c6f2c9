package io.brandbridge.touchpoint.ingest.mappings;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.brandbridge.touchpoint.ingest.BodyProblems;
import io.brandbridge.touchpoint.ingest.RawRecord;
import io.brandbridge.touchpoint.ingest.RecordSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV export read through a profile: the header row names the columns, each later row is one record. A byte-order mark,
 * quoted cells, CRLF line ends and the profile's delimiter are handled by the parser; blank lines are skipped and a blank
 * cell is an absent value.
 */
final class CsvMappedSource implements RecordSource {

    private final CompiledProfile profile;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int headerWidth;
    private int index;

    CsvMappedSource(CompiledProfile profile, InputStream body, int maxRecordChars) {
        this.profile = profile;
        this.reader = CsvReader.builder()
                .fieldSeparator(profile.delimiter())
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .maxBufferSize(Math.max(maxRecordChars, 256))
                .ofCsvRecord(body, StandardCharsets.UTF_8);
        this.rows = reader.iterator();
        CsvRecord header = nextRow();
        if (header == null) {
            throw BodyProblems.empty();
        }
        this.headerWidth = header.getFieldCount();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            if (columns.putIfAbsent(name, i) != null && profile.sources().containsKey(name)) {
                throw BodyProblems.malformed("The CSV header names column '" + name + "' twice; the profile reads it, so it must be unique");
            }
        }
        for (Map.Entry<String, String> source : profile.sources().entrySet()) {
            if (!columns.containsKey(source.getKey())) {
                throw BodyProblems.malformed("The CSV header has no column '" + source.getKey() + "', which mapping profile '" + profile.name()
                        + "' reads into " + source.getValue() + "; nothing was stored");
            }
        }
    }

    @Override
    public RawRecord next() {
        CsvRecord row = nextRow();
        if (row == null) {
            return null;
        }
        RawRecord record = new RawRecord(index++);
        List<String> cells = row.getFields();
        if (cells.size() != headerWidth) {
            record.problem(null, "has " + cells.size() + " cells but the header has " + headerWidth);
            return record;
        }
        profile.fill(record, source -> {
            String cell = cells.get(columns.get(source)).strip();
            return cell.isEmpty() ? null : cell;
        });
        return record;
    }

    private CsvRecord nextRow() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (CsvParseException e) {
            throw BodyProblems.malformed("The CSV body could not be read after " + index + " data rows"
                    + ": a row is longer than the record limit or a quoted cell is never closed; nothing was stored");
        } catch (UncheckedIOException e) {
            if (BodyProblems.isOverSizeLimit(e)) {
                throw BodyProblems.overSizeLimit();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
