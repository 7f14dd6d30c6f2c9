package io.brandbridge.touchpoint.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvTokenizerTest {

    private static List<CsvTokenizer.Row> rows(String csv, int max) throws IOException {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(csv), max);
        List<CsvTokenizer.Row> rows = new ArrayList<>();
        for (CsvTokenizer.Row row = tokenizer.next(); row != null; row = tokenizer.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void splitsOnCommasAndLineEndsOfEitherKind() throws IOException {
        List<CsvTokenizer.Row> rows = rows("a,b,c\r\n1,,3\n4,5,6", 1000);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("4", "5", "6")), rows.stream().map(CsvTokenizer.Row::cells).toList());
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() throws IOException {
        List<CsvTokenizer.Row> rows = rows("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\n", 1000);
        assertEquals(1, rows.size());
        assertEquals(List.of("a,b", "say \"hi\"", "two\r\nlines", ""), rows.getFirst().cells());
        assertNull(rows.getFirst().problem());
    }

    @Test
    void aBlankLineIsOneEmptyCell() throws IOException {
        assertEquals(List.of(List.of("x"), List.of(""), List.of("y")), rows("x\n\ny\n", 1000).stream().map(CsvTokenizer.Row::cells).toList());
    }

    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        assertEquals("has a quoted cell that is never closed", rows("a,\"b\n", 1000).getFirst().problem());
    }

    @Test
    void anOverlongRecordIsReportedAndTheNextOneStillRead() throws IOException {
        List<CsvTokenizer.Row> rows = rows("short\n" + "x".repeat(50) + ",y\nnext\n", 20);
        assertEquals(List.of("short"), rows.get(0).cells());
        assertEquals("is longer than 20 characters", rows.get(1).problem());
        assertEquals(List.of("next"), rows.get(2).cells());
    }

    @Test
    void skipsALeadingByteOrderMarkOnly() throws IOException {
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader("\uFEFFa,b"), 100);
        tokenizer.skipLeading('\uFEFF');
        assertEquals(List.of("a", "b"), tokenizer.next().cells());
    }
}
