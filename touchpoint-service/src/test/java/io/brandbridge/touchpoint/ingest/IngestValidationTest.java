package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each row rule rejects exactly the records that break it and names the field. */
@MicronautTest
class IngestValidationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    Caller integrator;
    String touchpoint;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        String brand = Api.newBrand();
        integrator = Api.integrator(brand);
        touchpoint = api.createTouchpoint(brand);
    }

    /** The field errors of a single pushed record, as "field: message"; empty when it was accepted. */
    private List<String> errorsOf(String record) {
        Map<String, Object> report = api.push(touchpoint, "application/json", record, integrator);
        List<String> errors = new ArrayList<>();
        for (Map<String, Object> error : (List<Map<String, Object>>) report.get("errors")) {
            errors.add(error.get("field") + ": " + error.get("message"));
        }
        assertEquals(errors.isEmpty() ? 1 : 0, report.get("accepted"), report.toString());
        return errors;
    }

    private static String record(String id, String at, String metrics) {
        return "{\"externalId\":" + id + ",\"occurredAt\":" + at + ",\"metrics\":" + metrics + "}";
    }

    private static int counter;

    private static String id() {
        return "\"v-" + (++counter) + "\"";
    }

    private static final String AT = "\"2026-01-01T10:00:00Z\"";

    @Test
    void externalIdIsRequiredAndAtMost128Characters() {
        assertEquals(List.of("externalId: is required"), errorsOf("{\"occurredAt\":" + AT + "}"));
        assertEquals(List.of("externalId: is required"), errorsOf(record("\"  \"", AT, "{}")));
        assertEquals(List.of("externalId: must be a string"), errorsOf(record("17", AT, "{}")));
        assertEquals(List.of("externalId: must be at most 128 characters"), errorsOf(record("\"" + "x".repeat(129) + "\"", AT, "{}")));
        assertEquals(List.of(), errorsOf(record("\"" + "é".repeat(128) + "\"", AT, "{}")));
    }

    @Test
    void occurredAtNeedsAnOffsetAndMayNotLieMoreThanADayAhead() {
        String format = "occurredAt: must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z";
        assertEquals(List.of("occurredAt: is required"), errorsOf("{\"externalId\":" + id() + "}"));
        assertEquals(List.of(format), errorsOf(record(id(), "\"2026-01-01T10:00:00\"", "{}")));
        assertEquals(List.of(format), errorsOf(record(id(), "\"2026-01-01\"", "{}")));
        assertEquals(List.of(format), errorsOf(record(id(), "\"2026-02-30T10:00:00Z\"", "{}")));
        assertEquals(List.of(), errorsOf(record(id(), "\"2026-01-01T10:00:00.123456+05:30\"", "{}")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(List.of(), errorsOf(record(id(), "\"" + now.plus(Duration.ofHours(23)) + "\"", "{}")));
        assertEquals(List.of("occurredAt: must not be more than 1 day in the future"),
                errorsOf(record(id(), "\"" + now.plus(Duration.ofHours(25)) + "\"", "{}")));
        assertEquals(List.of("occurredAt: must not be before 1970-01-01T00:00:00Z"), errorsOf(record(id(), "\"1969-12-31T23:59:59Z\"", "{}")));
    }

    @Test
    void metricKeysMustBeWellFormedAndValuesFiniteNumbersOrBooleans() {
        assertEquals(List.of("metrics.Wait: is not a metric key: it must match [a-z][a-z0-9_]{0,63}"), errorsOf(record(id(), AT, "{\"Wait\":1}")));
        assertEquals(List.of("metrics.9lives: is not a metric key: it must match [a-z][a-z0-9_]{0,63}"), errorsOf(record(id(), AT, "{\"9lives\":1}")));
        assertEquals(List.of("metrics.x: must be a finite number or a boolean"), errorsOf(record(id(), AT, "{\"x\":\"1\"}")));
        assertEquals(List.of("metrics.x: must be a finite number or a boolean"), errorsOf(record(id(), AT, "{\"x\":{\"y\":1}}")));
        assertEquals(List.of("metrics.x: must be a finite number or a boolean"), errorsOf(record(id(), AT, "{\"x\":-1e999}")));
        assertEquals(List.of("metrics: must be an object of metric values"), errorsOf(record(id(), AT, "[1,2]")));
        assertEquals(List.of(), errorsOf(record(id(), AT, "{\"x\":true,\"custom_score\":-3.25e2,\"nothing\":null}")));
    }

    @Test
    void standardMetricsAreRangeChecked() {
        assertEquals(List.of("metrics.csat: must be between 1 and 5"), errorsOf(record(id(), AT, "{\"csat\":0}")));
        assertEquals(List.of("metrics.csat: must be between 1 and 5"), errorsOf(record(id(), AT, "{\"csat\":5.5}")));
        assertEquals(List.of(), errorsOf(record(id(), AT, "{\"csat\":1,\"nps\":10,\"effort\":7}")));
        assertEquals(List.of("metrics.nps: must be between 0 and 10"), errorsOf(record(id(), AT, "{\"nps\":11}")));
        assertEquals(List.of("metrics.nps: must be between 0 and 10"), errorsOf(record(id(), AT, "{\"nps\":-1}")));
        assertEquals(List.of("metrics.effort: must be between 1 and 7"), errorsOf(record(id(), AT, "{\"effort\":8}")));
        for (String duration : List.of("wait_seconds", "handle_seconds", "delivery_hours", "transfers")) {
            assertEquals(List.of("metrics." + duration + ": must be at least 0"), errorsOf(record(id(), AT, "{\"" + duration + "\":-0.5}")));
            assertEquals(List.of(), errorsOf(record(id(), AT, "{\"" + duration + "\":0}")));
        }
        for (String flag : List.of("answered", "resolved_first_contact", "damaged", "repeat_contact_7d")) {
            assertEquals(List.of("metrics." + flag + ": must be true, false, 1 or 0"), errorsOf(record(id(), AT, "{\"" + flag + "\":2}")));
            assertEquals(List.of(), errorsOf(record(id(), AT, "{\"" + flag + "\":0}")));
            assertEquals(List.of(), errorsOf(record(id(), AT, "{\"" + flag + "\":true}")));
        }
        assertEquals(List.of("metrics.wait_seconds: must be a number, not a boolean"), errorsOf(record(id(), AT, "{\"wait_seconds\":true}")));
    }

    @Test
    void everyBrokenFieldOfARecordIsNamed() {
        assertEquals(List.of("externalId: is required", "occurredAt: must be an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00Z",
                        "metrics.csat: must be between 1 and 5", "metrics.answered: must be true, false, 1 or 0"),
                errorsOf("{\"occurredAt\":\"soon\",\"metrics\":{\"csat\":6,\"answered\":3,\"wait_seconds\":1}}"));
    }

    @Test
    void optionalTextsAndAttributesHaveLimits() {
        assertEquals(List.of("journeyId: must be at most 128 characters", "customerRef: must be at most 128 characters"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"journeyId\":\"" + "j".repeat(129)
                        + "\",\"customerRef\":\"" + "c".repeat(129) + "\"}"));
        assertEquals(List.of("attributes.queue: must be at most 256 characters"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"attributes\":{\"queue\":\"" + "q".repeat(257) + "\"}}"));
        assertEquals(List.of("attributes.bad key: is not an attribute key: it must match [A-Za-z][A-Za-z0-9_]{0,63}"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"attributes\":{\"bad key\":\"x\"}}"));
        assertEquals(List.of("attributes.tags: must be a string"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"attributes\":{\"tags\":[\"a\"]}}"));
        assertEquals(List.of("metrics.x: is given more than once"), errorsOf(record(id(), AT, "{\"x\":1,\"x\":2}")));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 65; i++) {
            many.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":1");
        }
        assertEquals(List.of("metrics: must hold at most 64 metrics"), errorsOf(record(id(), AT, many.append('}').toString())));
    }

    @Test
    void attributesAreStringsAndNeverConvertedFromNumbersOrBooleans() {
        assertEquals(List.of("attributes.agentId: must be a string", "attributes.vip: must be a string"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"attributes\":{\"agentId\":17,\"vip\":true}}"));
    }

    @Test
    void aFieldGivenTwiceRefusesTheRecord() {
        assertEquals(List.of("externalId: is given more than once"),
                errorsOf("{\"externalId\":" + id() + ",\"externalId\":" + id() + ",\"occurredAt\":" + AT + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"nul|\\u0000", "line feed|\\n", "tab|\\t", "escape|\\u001b", "delete|\\u007f", "C1|\\u0085"})
    void controlCharactersAreRefusedInEveryTextField(String what, String escaped) {
        String text = "\"a" + escaped + "b\"";
        assertEquals(List.of("externalId: must not contain control characters"),
                errorsOf("{\"externalId\":" + text + ",\"occurredAt\":" + AT + "}"), what);
        assertEquals(List.of("journeyId: must not contain control characters", "customerRef: must not contain control characters"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"journeyId\":" + text + ",\"customerRef\":" + text + "}"), what);
        assertEquals(List.of("attributes.queue: must not contain control characters"),
                errorsOf("{\"externalId\":" + id() + ",\"occurredAt\":" + AT + ",\"attributes\":{\"queue\":" + text + "}}"), what);
    }

    @Test
    void aRecordWithAControlCharacterIsRefusedInNdjsonAndCsvWhileTheRestAreStored() {
        String ndjson = "{\"externalId\":\"nd-1\",\"occurredAt\":" + AT + "}\n"
                + "{\"externalId\":\"nd-2\",\"occurredAt\":" + AT + ",\"customerRef\":\"c\\u0000\"}\n"
                + "{\"externalId\":\"nd-3\",\"occurredAt\":" + AT + "}\n";
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", ndjson, integrator);
        assertEquals(2, report.get("accepted"));
        assertEquals(List.of(Map.of("index", 1, "externalId", "nd-2", "field", "customerRef", "message", "must not contain control characters")),
                report.get("errors"));

        String csv = "externalId,occurredAt,a.queue\n"
                + "cs-1,2026-01-01T10:00:00Z,billing\n"
                + "cs-2,2026-01-01T10:00:00Z,\"two\nlines\"\n"
                + "cs-3\u0007,2026-01-01T10:00:00Z,sales\n"
                + "cs-4,2026-01-01T10:00:00Z,sales\n";
        Map<String, Object> csvReport = api.push(touchpoint, "text/csv", csv, integrator);
        assertEquals(2, csvReport.get("accepted"));
        List<String> errors = ((List<Map<String, Object>>) csvReport.get("errors")).stream()
                .map(e -> e.get("index") + " " + e.get("field") + ": " + e.get("message")).toList();
        assertEquals(List.of("1 attributes.queue: must not contain control characters", "2 externalId: must not contain control characters"), errors);
    }

    @Test
    void anNdjsonLineNestedTooDeeplyIsThatRecordsErrorInPlainWords() {
        String deep = "{\"externalId\":\"deep-1\",\"occurredAt\":" + AT + ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}\n"
                + "{\"externalId\":\"deep-2\",\"occurredAt\":" + AT + "}\n";
        Map<String, Object> report = api.push(touchpoint, "application/x-ndjson", deep, integrator);
        assertEquals(1, report.get("accepted"));
        Map<String, Object> error = ((List<Map<String, Object>>) report.get("errors")).getFirst();
        assertEquals("nests too deeply; at most 32 levels of arrays and objects are allowed", error.get("message"));
    }
}
