package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.brandbridge.touchpoint.support.Interactions;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.brandbridge.touchpoint.privacy.Pseudonyms;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.brandbridge.touchpoint.support.Interactions.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class IngestFormatsTest {

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller integrator;
    String touchpoint;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        integrator = Api.integrator(brand);
        touchpoint = api.createTouchpoint(brand);
    }

    private Map<String, Object> push(String contentType, String body) {
        return api.push(touchpoint, contentType, body, integrator);
    }

    private Map<String, Object> pushProblem(int status, String contentType, Object body) {
        return api.problem(status, integrator, HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions", body).contentType(contentType));
    }

    private static Map<String, Object> counts(int received, int accepted, int duplicates, int rejected) {
        return Map.of("received", received, "accepted", accepted, "duplicates", duplicates, "rejected", rejected);
    }

    private static Map<String, Object> countsOf(Map<String, Object> report) {
        return Map.of("received", report.get("received"), "accepted", report.get("accepted"),
                "duplicates", report.get("duplicates"), "rejected", report.get("rejected"));
    }

    @Test
    void jsonArrayIsStoredAndAnsweredWithAReport() {
        HttpResponse<Map<String, Object>> response = api.exchange(integrator, HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions",
                "[" + json("a1", "2026-01-01T10:00:00Z", "{\"wait_seconds\":42,\"answered\":true}") + ","
                        + json("a2", "2026-01-01T11:00:00+02:00", "{\"wait_seconds\":7.5}") + "]").contentType("application/json"));
        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        assertEquals(Map.of("received", 2, "accepted", 2, "updated", 0, "duplicates", 0, "rejected", 0, "errors", List.of()), response.body());
        List<Map<String, Object>> stored = Api.items(api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint + "/interactions")));
        assertEquals(List.of("a2", "a1"), stored.stream().map(i -> i.get("externalId")).toList());
        assertEquals("2026-01-01T09:00:00Z", stored.getFirst().get("occurredAt"));
        assertEquals(Map.of("wait_seconds", 42, "answered", true), stored.get(1).get("metrics"));
    }

    @Test
    void singleObjectIsOneRecord() {
        Map<String, Object> report = push("application/json", """
                {"externalId":"s1","occurredAt":"2026-01-01T10:00:00Z","journeyId":"j-1","customerRef":"c-9",
                 "metrics":{"csat":4},"attributes":{"queue":"billing","agentId":"17"},"somethingElse":[1,2,{"x":null}]}""");
        assertEquals(counts(1, 1, 0, 0), countsOf(report));
        Map<String, Object> stored = Api.items(api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint + "/interactions"))).getFirst();
        assertEquals("j-1", stored.get("journeyId"));
        assertEquals(pseudonyms.allOf(brand, "c-9").getFirst(), stored.get("customerRef"));
        assertEquals(Map.of("queue", "billing", "agentId", "17"), stored.get("attributes"));
    }

    @Test
    void textsWithQuotesBackslashesAndEmojiReadBackExactly() {
        String inJson = "x'); DROP TABLE interaction; -- \\\\ \\\" \\u00e9 😀 é \\u202e";
        String expected = "x'); DROP TABLE interaction; -- \\ \" é 😀 é \u202e";
        String record = "{\"externalId\":\"id-" + inJson + "\",\"occurredAt\":\"2026-01-01T10:00:00Z\",\"journeyId\":\"" + inJson
                + "\",\"metrics\":{},\"attributes\":{\"note\":\"" + inJson + "\"}}";
        assertEquals(counts(1, 1, 0, 0), countsOf(push("application/json", record)));
        Map<String, Object> stored = Api.items(api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint + "/interactions"))).getFirst();
        assertEquals("id-" + expected, stored.get("externalId"));
        assertEquals(expected, stored.get("journeyId"));
        assertEquals(Map.of("note", expected), stored.get("attributes"));
        assertEquals(counts(1, 0, 1, 0), countsOf(push("application/json", record)));
    }

    @Test
    void emptyJsonArrayIsAnEmptyReport() {
        assertEquals(counts(0, 0, 0, 0), countsOf(push("application/json", " [ ] ")));
    }

    @Test
    void arrayElementThatIsNotAnObjectIsARejectedRecord() {
        Map<String, Object> report = push("application/json", "[42, " + json("ok", "2026-01-01T10:00:00Z", "{}") + "]");
        assertEquals(counts(2, 1, 0, 1), countsOf(report));
        assertEquals(0, ((List<Map<String, Object>>) report.get("errors")).getFirst().get("index"));
    }

    @Test
    void ndjsonStoresEveryReadableLineAndReportsTheMalformedOne() {
        String body = json("n1", "2026-01-01T10:00:00Z", "{\"wait_seconds\":1}") + "\n\n"
                + "{\"externalId\":\"n2\",\"occurredAt\":\n"
                + "   \n"
                + json("n3", "2026-01-01T10:02:00Z", "{\"wait_seconds\":3}") + "\r\n"
                + json("n4", "2026-01-01T10:03:00Z", "{\"wait_seconds\":4}");
        Map<String, Object> report = push("application/x-ndjson", body);
        assertEquals(counts(4, 3, 0, 1), countsOf(report));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.get("errors");
        assertEquals(1, errors.size());
        assertEquals(1, errors.get(0).get("index"));
        assertTrue(errors.get(0).get("message").toString().startsWith("is not valid JSON"), errors.toString());
        assertTrue(errors.get(0).containsKey("field"));
        assertEquals(null, errors.get(0).get("field"));
        assertEquals(List.of("n1", "n3", "n4"), Interactions.storedIds(api, touchpoint, brand));
    }

    @Test
    void csvWithByteOrderMarkCrlfQuotesAndBlankOptionalCells() {
        String csv = "\uFEFFexternalId,occurredAt,journeyId,customerRef,m.wait_seconds,m.answered,m.csat,a.queue,notes\r\n"
                + "c1,2026-01-01T10:00:00Z,j-1,cust-1,42,true,4,billing,hello\r\n"
                + "c2,2026-01-01T10:01:00Z,,,75,FALSE,,\"sales, east\",\r\n"
                + "\r\n"
                + "\"c3\",2026-01-01T10:02:00Z,,,0.5,1,5,\"say \"\"hi\"\", then\",x\r\n";
        Map<String, Object> report = api.body(integrator, HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions",
                csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv; charset=utf-8"));
        assertEquals(counts(3, 3, 0, 0), countsOf(report), report.toString());
        List<Map<String, Object>> stored = Api.items(api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint + "/interactions")));
        assertEquals(List.of("c1", "c2", "c3"), stored.stream().map(i -> i.get("externalId")).toList());
        assertEquals(Map.of("wait_seconds", 42, "answered", true, "csat", 4), stored.get(0).get("metrics"));
        assertEquals(pseudonyms.allOf(brand, "cust-1").getFirst(), stored.get(0).get("customerRef"));
        assertEquals(Map.of("wait_seconds", 75, "answered", false), stored.get(1).get("metrics"));
        assertEquals(null, stored.get(1).get("journeyId"));
        assertEquals(Map.of("queue", "sales, east"), stored.get(1).get("attributes"));
        assertEquals(Map.of("wait_seconds", 0.5, "answered", 1, "csat", 5), stored.get(2).get("metrics"));
        assertEquals(Map.of("queue", "say \"hi\", then"), stored.get(2).get("attributes"));
    }

    @Test
    void csvRowWithTheWrongNumberOfCellsIsRejected() {
        Map<String, Object> report = push("text/csv", "externalId,occurredAt,m.csat\nr1,2026-01-01T10:00:00Z,4\nr2,2026-01-01T10:00:00Z\n");
        assertEquals(counts(2, 1, 0, 1), countsOf(report));
        assertEquals("has 2 cells but the header has 3", ((List<Map<String, Object>>) report.get("errors")).getFirst().get("message"));
    }

    @Test
    void csvHeaderWithoutRequiredColumnsOrWithABadMetricAnswers400() {
        assertTrue(pushProblem(400, "text/csv", "id,when\nx,y\n").get("detail").toString().contains("externalId and occurredAt"));
        assertTrue(pushProblem(400, "text/csv", "externalId,occurredAt,m.Wait\n").get("detail").toString().contains("m.Wait"));
        assertTrue(pushProblem(400, "text/csv", "externalId,occurredAt,externalId\n").get("detail").toString().contains("twice"));
    }

    @Test
    void csvWithOnlyAHeaderIsAnEmptyReport() {
        assertEquals(counts(0, 0, 0, 0), countsOf(push("text/csv", "externalId,occurredAt\r\n")));
    }

    @Test
    void emptyBodyAnswers400ForEveryFormat() {
        for (String type : List.of("application/json", "application/x-ndjson", "text/csv")) {
            Map<String, Object> problem = pushProblem(400, type, "");
            assertTrue(problem.get("detail").toString().contains("empty"), type + ": " + problem);
        }
        pushProblem(400, "application/json", "   \n ");
        pushProblem(400, "application/x-ndjson", "\n\n");
    }

    @Test
    void truncatedJsonAnswers400AndStoresNothing() {
        String body = "[" + json("t1", "2026-01-01T10:00:00Z", "{\"wait_seconds\":1}") + "," + json("t2", "2026-01-01T10:00:00Z", "{\"wait_seconds\":1}");
        Map<String, Object> problem = pushProblem(400, "application/json", body.substring(0, body.length() - 10));
        assertTrue(problem.get("detail").toString().contains("not valid JSON"), problem.toString());
        pushProblem(400, "application/json", body);
        pushProblem(400, "application/json", "\"just a string\"");
        pushProblem(400, "application/json", "{} {}");
        assertEquals(List.of(), Interactions.storedIds(api, touchpoint, brand));
    }

    @Test
    void wrongContentTypeAnswers415() {
        pushProblem(415, "text/plain", "externalId,occurredAt\n");
        pushProblem(415, "application/xml", "<interaction/>");
        Map<String, Object> problem = pushProblem(415, "text/csv; charset=ISO-8859-1", "externalId,occurredAt\n");
        assertTrue(problem.get("detail").toString().contains("UTF-8"));
    }

    @Test
    void nonNumericMetricValuesAreRejectedPerRecord() {
        Map<String, Object> report = push("application/json", "["
                + json("v1", "2026-01-01T10:00:00Z", "{\"wait_seconds\":\"fast\"}") + ","
                + json("v2", "2026-01-01T10:00:00Z", "{\"wait_seconds\":[1]}") + ","
                + json("v3", "2026-01-01T10:00:00Z", "{\"wait_seconds\":1e400}") + ","
                + json("v4", "2026-01-01T10:00:00Z", "{\"wait_seconds\":12}") + "]");
        assertEquals(counts(4, 1, 0, 3), countsOf(report));
        for (Map<String, Object> error : (List<Map<String, Object>>) report.get("errors")) {
            assertEquals("metrics.wait_seconds", error.get("field"));
        }
        Map<String, Object> csv = push("text/csv", "externalId,occurredAt,m.wait_seconds\nw1,2026-01-01T10:00:00Z,abc\nw2,2026-01-01T10:00:00Z,NaN\n"
                + "w3,2026-01-01T10:00:00Z,Infinity\nw4,2026-01-01T10:00:00Z,0x10\nw5,2026-01-01T10:00:00Z, 3 \n");
        assertEquals(counts(5, 1, 0, 4), countsOf(csv), csv.toString());
        assertEquals(List.of("v4", "w5"), Interactions.storedIds(api, touchpoint, brand).stream().sorted().toList());
    }
}
