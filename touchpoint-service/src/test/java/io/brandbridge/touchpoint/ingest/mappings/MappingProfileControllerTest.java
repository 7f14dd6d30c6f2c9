package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.brandbridge.touchpoint.ingest.mappings.MappingFixture.acdProfile;
import static io.brandbridge.touchpoint.ingest.mappings.MappingFixture.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class MappingProfileControllerTest {

    /** A vendor export: byte-order mark, `;`, CRLF, quoted cells (one holding `;` and a quote), blank cells and a blank line. */
    static final String ACD_CSV = "\uFEFFCall ID;Date;Time;Answered (Y/N);Talk time;Wait ms;Outcome;Transfers;Queue;Caller\r\n"
            + "C-1;01.11.2026;09:30:00;Y;0:04:12;2500;Resolved;0;billing;cust-1\r\n"
            + "\"C-2\";29.03.2026;02:30:00;n;04:12;;Open;;\"sales; \"\"EU\"\"\";\r\n"
            + "\r\n"
            + "C-3;25.10.2026;02:30:00;yes;1:00:00;0;;1;;cust-3\r\n"
            + "C-4;31.02.2026;10:00:00;maybe;4m;x;Pending;1;support;\r\n";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    MappingFixture tp;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        tp = new MappingFixture(api);
    }

    @Test
    void profilesAreCreatedReadListedReplacedAndDeletedWithVersionsAndETags() {
        HttpResponse<Map<String, Object>> created = tp.create(acdProfile("acd-export"));
        assertEquals(201, created.code());
        assertEquals(tp.path() + "/acd-export", created.header(HttpHeaders.LOCATION));
        String etag = created.header(HttpHeaders.ETAG);
        assertTrue(etag.matches("^\"[A-Za-z0-9_-]{22}\"$"), etag);
        Map<String, Object> body = created.body();
        assertEquals(tp.touchpoint, body.get("touchpointId"));
        assertEquals("acd-export", body.get("name"));
        assertEquals(1, body.get("version"));
        assertEquals(";", body.get("delimiter"));
        assertEquals("Call ID", body.get("externalId"));
        assertEquals("Europe/Berlin", ((Map<?, ?>) body.get("occurredAt")).get("timeZone"));
        assertEquals(5, list(body, "metrics").size());

        HttpResponse<Map<String, Object>> read = api.exchange(tp.integrator, HttpRequest.GET(tp.path() + "/acd-export"));
        assertEquals(200, read.code());
        assertEquals(etag, read.header(HttpHeaders.ETAG));
        assertEquals(body, read.body());
        assertEquals(List.of("acd-export"), Api.items(api.body(Api.operations(tp.brand), HttpRequest.GET(tp.path())))
                .stream().map(p -> p.get("name")).toList());

        Map<String, Object> edited = new HashMap<>(acdProfile("ignored"));
        edited.put("delimiter", ",");
        HttpResponse<Map<String, Object>> replaced = api.exchange(tp.integrator,
                HttpRequest.PUT(tp.path() + "/acd-export", edited).header(HttpHeaders.IF_MATCH, etag));
        assertEquals(200, replaced.code());
        assertEquals(2, replaced.body().get("version"));
        assertEquals("acd-export", replaced.body().get("name"));
        assertEquals(",", replaced.body().get("delimiter"));
        assertNotEquals(etag, replaced.header(HttpHeaders.ETAG));

        Map<String, Object> stale = api.problem(412, tp.integrator,
                HttpRequest.PUT(tp.path() + "/acd-export", edited).header(HttpHeaders.IF_MATCH, etag));
        assertTrue(((String) stale.get("detail")).contains("If-Match"));
        api.problem(412, tp.integrator, HttpRequest.DELETE(tp.path() + "/acd-export").header(HttpHeaders.IF_MATCH, etag));

        HttpResponse<Map<String, Object>> deleted = api.exchange(tp.integrator,
                HttpRequest.DELETE(tp.path() + "/acd-export").header(HttpHeaders.IF_MATCH, replaced.header(HttpHeaders.ETAG)));
        assertEquals(204, deleted.code());
        api.problem(404, tp.integrator, HttpRequest.GET(tp.path() + "/acd-export"));
        assertEquals(List.of(), Api.items(api.body(tp.integrator, HttpRequest.GET(tp.path()))));
    }

    @Test
    void aSecondProfileOfTheSameNameAnswers409() {
        tp.create(acdProfile("acd"));
        api.problem(409, tp.integrator, HttpRequest.POST(tp.path(), acdProfile("acd")));
    }

    @Test
    void listsArePagedInNameOrder() {
        for (String name : List.of("c-profile", "a-profile", "b-profile")) {
            tp.create(acdProfile(name));
        }
        Map<String, Object> first = api.body(tp.integrator, HttpRequest.GET(tp.path() + "?limit=2"));
        assertEquals(List.of("a-profile", "b-profile"), Api.items(first).stream().map(p -> p.get("name")).toList());
        Map<String, Object> second = api.body(tp.integrator, HttpRequest.GET(tp.path() + "?limit=2&cursor=" + first.get("nextCursor")));
        assertEquals(List.of("c-profile"), Api.items(second).stream().map(p -> p.get("name")).toList());
        assertNull(second.get("nextCursor"));
    }

    @Test
    void badProfilesAnswer422NamingEveryBadFieldByPointer() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("name", "Bad Name");
        bad.put("format", "xml");
        bad.put("delimiter", "#");
        bad.put("occurredAt", Map.of("date", "Date", "pattern", "dd.MM.yyyy qqqq HH:mm bb", "timeZone", "Mars/Olympus"));
        bad.put("metrics", List.of(
                Map.of("source", "Talk", "metric", "Handle", "transform", "minutes"),
                Map.of("source", "Outcome", "metric", "resolved", "transform", "lookup"),
                Map.of("source", "Other", "metric", "resolved", "transform", "number", "lookup", List.of(Map.of("value", "a", "number", 1))),
                Map.of("source", "Code", "metric", "code", "transform", "lookup", "lookup",
                        List.of(Map.of("value", "A", "number", 1), Map.of("value", "A", "number", 2), Map.of("value", " B")))));
        bad.put("attributes", List.of(Map.of("source", "", "attribute", "9queue")));
        Map<String, Object> problem = api.problem(422, tp.integrator, HttpRequest.POST(tp.path(), bad));
        Set<String> pointers = errors(problem).keySet();
        assertEquals(Set.of("/name", "/format", "/delimiter", "/externalId", "/occurredAt/time", "/occurredAt/pattern", "/occurredAt/timeZone",
                "/metrics/0/metric", "/metrics/0/transform", "/metrics/1/lookup", "/metrics/2/metric", "/metrics/2/lookup",
                "/metrics/3/lookup/1/value", "/metrics/3/lookup/2/value", "/metrics/3/lookup/2/number",
                "/attributes/0/source", "/attributes/0/attribute"), pointers);
        assertEquals("is not a known IANA time zone (e.g. Europe/Berlin)", errors(problem).get("/occurredAt/timeZone"));
    }

    @Test
    void aProfileOfTheWrongJsonShapeAnswersAProblemNotAServerError() {
        Map<String, Object> problem = api.problem(400, tp.integrator, HttpRequest.POST(tp.path(),
                "{\"name\":\"x\",\"format\":\"csv\",\"metrics\":\"Talk time\"}").contentType("application/json"));
        assertTrue(!problem.toString().contains("java.") && !problem.toString().contains("Exception"), problem.toString());
    }

    @Test
    void aLocalTimeWithoutAZoneAndAJsonDelimiterAre422() {
        Map<String, Object> noZone = Map.of("name", "local", "format", "csv", "externalId", "id",
                "occurredAt", Map.of("source", "at", "pattern", "dd/MM/yyyy HH:mm"));
        assertEquals(Set.of("/occurredAt/timeZone"), errors(api.problem(422, tp.integrator, HttpRequest.POST(tp.path(), noZone))).keySet());
        Map<String, Object> jsonDelimiter = Map.of("name", "j", "format", "json", "delimiter", ";", "externalId", "id..x",
                "occurredAt", Map.of("source", "at", "date", "d"));
        assertEquals(Set.of("/delimiter", "/externalId", "/occurredAt"),
                errors(api.problem(422, tp.integrator, HttpRequest.POST(tp.path(), jsonDelimiter))).keySet());
    }

    @Test
    void aVendorCsvIsReadWithItsBomQuotesCrlfBlanksDelimiterAndLocalTimesAcrossDaylightSaving() {
        tp.create(acdProfile("acd"));
        Map<String, Object> report = tp.push("acd", "text/csv", ACD_CSV);
        assertEquals(4, report.get("received"));
        assertEquals(3, report.get("accepted"));
        assertEquals(1, report.get("rejected"));
        Map<String, Map<String, Object>> stored = tp.stored().stream().collect(Collectors.toMap(i -> (String) i.get("externalId"), i -> i));
        Map<String, Object> c1 = stored.get("C-1");
        assertEquals("2026-11-01T08:30:00Z", c1.get("occurredAt"));
        assertEquals(Map.of("answered", true, "handle_seconds", 252, "wait_seconds", 2.5, "resolved_first_contact", 1, "transfers", 0),
                c1.get("metrics"));
        assertEquals(Map.of("queue", "billing"), c1.get("attributes"));
        // 02:30 does not exist on 29 March in Berlin: moved forward by the gap to 03:30 CEST.
        Map<String, Object> c2 = stored.get("C-2");
        assertEquals("2026-03-29T01:30:00Z", c2.get("occurredAt"));
        assertEquals(Map.of("answered", false, "handle_seconds", 252, "resolved_first_contact", 0), c2.get("metrics"));
        assertEquals(Map.of("queue", "sales; \"EU\""), c2.get("attributes"));
        assertNull(c2.get("customerRef"));
        // 02:30 occurs twice on 25 October: the earlier offset, +02:00.
        Map<String, Object> c3 = stored.get("C-3");
        assertEquals("2026-10-25T00:30:00Z", c3.get("occurredAt"));
        assertEquals(Map.of(), c3.get("attributes"));
        assertNotEquals("cust-3", c3.get("customerRef"));

        Map<String, String> rejected = list(report, "errors").stream()
                .collect(Collectors.toMap(e -> (String) e.get("field"), e -> (String) e.get("message")));
        assertEquals("columns 'Date' and 'Time' do not match the pattern dd.MM.yyyy HH:mm:ss", rejected.get("occurredAt"));
        assertEquals("column 'Answered (Y/N)' for metric answered is not yes or no (Y/N, yes/no, true/false or 1/0)", rejected.get("metrics.answered"));
        assertEquals("column 'Talk time' for metric handle_seconds is not a duration (H:MM:SS, MM:SS or seconds)",
                rejected.get("metrics.handle_seconds"));
        assertEquals("column 'Wait ms' for metric wait_seconds is not a number of milliseconds", rejected.get("metrics.wait_seconds"));
        assertEquals("column 'Outcome' for metric resolved_first_contact is not one of the values in its lookup table",
                rejected.get("metrics.resolved_first_contact"));
        assertTrue(list(report, "errors").stream().allMatch(e -> "C-4".equals(e.get("externalId")) && e.get("index").equals(3)));
    }

    @Test
    void aHeaderMissingAMappedColumnAnswers400NamingItAndStoresNothing() {
        tp.create(acdProfile("acd"));
        String body = "Call ID;Date;Time;Answered (Y/N);Wait ms;Outcome;Transfers;Queue;Caller\nC-1;01.11.2026;09:30:00;Y;1;Open;0;q;c\n";
        Map<String, Object> problem = api.problem(400, tp.integrator, HttpRequest.POST("/api/v1/touchpoints/" + tp.touchpoint
                + "/interactions?mapping=acd", body).contentType("text/csv"));
        assertTrue(((String) problem.get("detail")).contains("no column 'Talk time'"), problem.toString());
        assertTrue(((String) problem.get("detail")).contains("metrics.handle_seconds"), problem.toString());
        assertEquals(List.of(), tp.stored());
    }

    @Test
    void jsonPathsReadNestedObjectsFromAnArrayAnObjectOrNdjson() {
        tp.create(Map.of("name", "crm", "format", "json", "externalId", "id", "occurredAt", Map.of("source", "timing.start"),
                "journeyId", "case.id", "sourceVersion", "rev",
                "metrics", List.of(Map.of("source", "timing.talkMs", "metric", "handle_seconds", "transform", "milliseconds"),
                        Map.of("source", "answered", "metric", "answered", "transform", "boolean")),
                "attributes", List.of(Map.of("source", "agent.name", "attribute", "agent"), Map.of("source", "agent", "attribute", "whole"))));
        String first = "{\"id\":\"j-1\",\"rev\":3,\"timing\":{\"start\":\"2026-11-01T09:30:00+01:00\",\"talkMs\":61500},"
                + "\"answered\":true,\"case\":{\"id\":\"case-9\"},\"tags\":[1,2]}";
        String second = "{\"id\":\"j-2\",\"timing\":{\"start\":\"2026-11-01T10:00:00Z\"},\"answered\":\"N\",\"agent\":{\"name\":\"Ana\"}}";
        Map<String, Object> arrayReport = tp.push("crm", "application/json", "[" + first + "," + second + "]");
        assertEquals(1, arrayReport.get("accepted"));
        assertEquals("attributes.whole", list(arrayReport, "errors").getFirst().get("field"));
        assertEquals("path 'agent' holds an object or an array, not a single value", list(arrayReport, "errors").getFirst().get("message"));
        Map<String, Object> stored = tp.stored().getFirst();
        assertEquals("j-1", stored.get("externalId"));
        assertEquals("2026-11-01T08:30:00Z", stored.get("occurredAt"));
        assertEquals("case-9", stored.get("journeyId"));
        assertEquals(Map.of("handle_seconds", 61.5, "answered", true), stored.get("metrics"));

        tp.create(Map.of("name", "agents", "format", "json", "externalId", "id", "occurredAt", Map.of("source", "timing.start"),
                "attributes", List.of(Map.of("source", "agent.name", "attribute", "agent"))));
        assertEquals(1, tp.push("agents", "application/json", second).get("accepted"));
        Map<String, Object> ndjson = tp.push("agents", "application/x-ndjson",
                "{\"id\":\"j-3\",\"timing\":{\"start\":\"2026-11-01T11:00:00Z\"}}\n\n{not json}\n");
        assertEquals(2, ndjson.get("received"));
        assertEquals(1, ndjson.get("accepted"));
        assertEquals("is not valid JSON", list(ndjson, "errors").getFirst().get("message"));
        assertEquals(Map.of("agent", "Ana"), tp.stored().stream().filter(i -> i.get("externalId").equals("j-2")).findFirst().orElseThrow()
                .get("attributes"));
    }

    @Test
    void previewAnswersWhatThePushStoresAndTheSameErrorsWithoutStoring() {
        tp.create(acdProfile("acd"));
        Map<String, Object> preview = tp.preview("acd", "text/csv", ACD_CSV);
        assertEquals(List.of(), tp.stored());
        assertEquals(4, preview.get("read"));
        assertEquals(3, preview.get("valid"));
        assertEquals(false, preview.get("more"));
        Map<String, Object> report = tp.push("acd", "text/csv", ACD_CSV);
        assertEquals(report.get("errors"), preview.get("errors"));
        Map<String, Map<String, Object>> stored = tp.stored().stream().collect(Collectors.toMap(i -> (String) i.get("externalId"), i -> i));
        List<Map<String, Object>> records = list(preview, "records");
        assertEquals(List.of("C-1", "C-2", "C-3"), records.stream().map(r -> r.get("externalId")).toList());
        for (Map<String, Object> record : records) {
            Map<String, Object> listed = stored.get(record.get("externalId"));
            for (String field : List.of("occurredAt", "journeyId", "metrics", "attributes")) {
                assertEquals(listed.get(field), record.get(field), field);
            }
        }
        assertEquals("cust-1", records.getFirst().get("customerRef"));
    }

    @Test
    void previewReadsAtMostAHundredRecordsAndSaysWhenThereWereMore() {
        tp.create(Map.of("name", "plain", "format", "csv", "externalId", "id", "occurredAt", Map.of("source", "at")));
        StringBuilder body = new StringBuilder("id,at\n");
        for (int i = 0; i < 101; i++) {
            body.append("r").append(i).append(",2026-01-01T10:00:00Z\n");
        }
        Map<String, Object> preview = tp.preview("plain", "text/csv", body.toString());
        assertEquals(100, preview.get("read"));
        assertEquals(100, list(preview, "records").size());
        assertEquals(true, preview.get("more"));
    }

    @Test
    void anEditAppliesOnlyToPushesAfterIt() {
        Map<String, Object> v1 = Map.of("name", "talk", "format", "csv", "externalId", "id", "occurredAt", Map.of("source", "at"),
                "metrics", List.of(Map.of("source", "talk", "metric", "handle_seconds", "transform", "number")));
        tp.create(v1);
        tp.push("talk", "text/csv", "id,at,talk\na,2026-01-01T10:00:00Z,90\n");
        Map<String, Object> v2 = new HashMap<>(v1);
        v2.put("metrics", List.of(Map.of("source", "talk", "metric", "handle_seconds", "transform", "milliseconds")));
        api.exchange(tp.integrator, HttpRequest.PUT(tp.path() + "/talk", v2));
        tp.push("talk", "text/csv", "id,at,talk\nb,2026-01-01T11:00:00Z,90000\n");
        Map<String, Object> metrics = tp.stored().stream().collect(Collectors.toMap(i -> (String) i.get("externalId"), i -> i.get("metrics")));
        assertEquals(Map.of("a", Map.of("handle_seconds", 90), "b", Map.of("handle_seconds", 90)), metrics);
    }

    @Test
    void anUnknownProfileAtAPushAnswers404NamingMapping() {
        Map<String, Object> problem = api.problem(404, tp.integrator, HttpRequest.POST("/api/v1/touchpoints/" + tp.touchpoint
                + "/interactions?mapping=nope", "id,at\n").contentType("text/csv"));
        assertEquals(Set.of("mapping"), errors(problem).keySet());
        api.problem(404, tp.integrator, HttpRequest.POST(tp.path() + "/nope/preview", "id,at\n").contentType("text/csv"));
    }

    @Test
    void aBodyTheProfileDoesNotReadAnswers415() {
        tp.create(acdProfile("acd"));
        api.problem(415, tp.integrator, HttpRequest.POST("/api/v1/touchpoints/" + tp.touchpoint + "/interactions?mapping=acd", "{}")
                .contentType("application/json"));
    }

    @Test
    void anotherBrandsTouchpointAnswers404ForEveryOperation() {
        tp.create(acdProfile("acd"));
        Caller outsider = Api.integrator(Api.newBrand());
        String path = tp.path();
        api.problem(404, outsider, HttpRequest.GET(path));
        api.problem(404, outsider, HttpRequest.GET(path + "/acd"));
        api.problem(404, outsider, HttpRequest.POST(path, acdProfile("other")));
        api.problem(404, outsider, HttpRequest.PUT(path + "/acd", acdProfile("acd")));
        api.problem(404, outsider, HttpRequest.DELETE(path + "/acd"));
        api.problem(404, outsider, HttpRequest.POST(path + "/acd/preview", ACD_CSV).contentType("text/csv"));
        api.problem(404, outsider, HttpRequest.POST("/api/v1/touchpoints/" + tp.touchpoint + "/interactions?mapping=acd", ACD_CSV)
                .contentType("text/csv"));
        assertEquals(1, Api.items(api.body(tp.integrator, HttpRequest.GET(path))).size());
    }

    @Test
    void deletingATouchpointDeletesItsProfiles() {
        tp.create(acdProfile("acd"));
        api.exchange(Api.operations(tp.brand), HttpRequest.DELETE("/api/v1/touchpoints/" + tp.touchpoint));
        api.problem(404, tp.integrator, HttpRequest.GET(tp.path() + "/acd"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Map<String, Object> problem) {
        Map<String, String> byPointer = new LinkedHashMap<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) problem.get("errors")) {
            byPointer.put((String) e.get("pointer"), (String) e.get("message"));
        }
        return byPointer;
    }
}
