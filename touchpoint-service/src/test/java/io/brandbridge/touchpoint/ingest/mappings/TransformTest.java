package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every transform, through a profile's preview: the value the push would store, or the per-row problem it would report. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransformTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    MappingFixture tp;

    @BeforeAll
    void setUp() {
        tp = new MappingFixture(new Api(client, tokens));
        tp.create(Map.of("name", "cells", "format", "csv", "externalId", "id", "occurredAt", Map.of("source", "at"),
                "metrics", List.of(
                        Map.of("source", "number", "metric", "n", "transform", "number"),
                        Map.of("source", "duration", "metric", "d", "transform", "duration"),
                        Map.of("source", "milliseconds", "metric", "ms", "transform", "milliseconds"),
                        Map.of("source", "boolean", "metric", "b", "transform", "boolean"),
                        Map.of("source", "lookup", "metric", "l", "transform", "lookup",
                                "lookup", List.of(Map.of("value", "Resolved", "number", 1), Map.of("value", "Open", "number", 0))))));
    }

    @ParameterizedTest(name = "{0} of ''{1}'' is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            number       | 42        | 42
            number       | -1.5      | -1.5
            number       | 1e3       | 1000
            number       | ' 7 '     | 7
            number       | 4,2       | rejected
            number       | abc       | rejected
            duration     | 0:04:12   | 252
            duration     | 1:00:00   | 3600
            duration     | 12:30:05  | 45005
            duration     | 04:12     | 252
            duration     | 75:00     | 4500
            duration     | 252       | 252
            duration     | 2.5       | 2.5
            duration     | 0:4:12    | rejected
            duration     | 1:60:00   | rejected
            duration     | 4m12s     | rejected
            milliseconds | 2500      | 2.5
            milliseconds | 0         | 0
            milliseconds | 1.5s      | rejected
            boolean      | Y         | true
            boolean      | n         | false
            boolean      | Yes       | true
            boolean      | NO        | false
            boolean      | True      | true
            boolean      | false     | false
            boolean      | 1         | true
            boolean      | 0         | false
            boolean      | maybe     | rejected
            lookup       | Resolved  | 1
            lookup       | Open      | 0
            lookup       | resolved  | rejected
            """)
    void cellsBecomeMetricValuesOrNamedProblems(String transform, String cell, String expected) {
        String header = "id,at,number,duration,milliseconds,boolean,lookup";
        List<String> columns = List.of(header.split(","));
        String[] row = new String[columns.size()];
        Arrays.fill(row, "");
        row[0] = "r1";
        row[1] = "2026-01-01T10:00:00Z";
        row[columns.indexOf(transform)] = "\"" + cell + "\"";
        Map<String, Object> preview = tp.preview("cells", "text/csv", header + "\n" + String.join(",", row) + "\n");
        String metric = Map.of("number", "n", "duration", "d", "milliseconds", "ms", "boolean", "b", "lookup", "l").get(transform);
        if (expected.equals("rejected")) {
            assertEquals(List.of(), MappingFixture.list(preview, "records"));
            Map<String, Object> error = MappingFixture.list(preview, "errors").getFirst();
            assertEquals("metrics." + metric, error.get("field"));
            assertTrue(((String) error.get("message")).startsWith("column '" + transform + "' for metric " + metric + " is not "),
                    error::toString);
        } else {
            Map<?, ?> metrics = (Map<?, ?>) MappingFixture.list(preview, "records").getFirst().get("metrics");
            assertEquals(expected, String.valueOf(metrics.get(metric)));
        }
    }
}
