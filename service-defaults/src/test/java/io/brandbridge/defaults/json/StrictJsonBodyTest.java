package io.brandbridge.defaults.json;

import io.brandbridge.defaults.problem.Problem;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
@Property(name = "spec.name", value = "StrictJsonBodyTest")
@Property(name = "brandbridge.internal-token.enforced", value = "false")
class StrictJsonBodyTest {

    private static final Pattern INTERNALS = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Za-z]|Exception|Serde|Jackson|StreamReadConstraints|Argument|\\[request\\]");

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aWellTypedBodyBinds() {
        HttpResponse<Map> response = client.toBlocking().exchange(post("""
                {"name":"Acme","slug":"acme","kind":"GE","objective":0.9,"urgent":true,"priority":2,"due":"2026-11-01T09:30:00Z",
                 "lines":[{"name":"a","quantity":3.0}],"note":"line one\\nline two\\tend\\r\\n","count":5,"labels":{"k":"v"},"unknown":[1,{"x":null}]}"""), Map.class);
        assertEquals(200, response.getStatus().getCode());
        Map<?, ?> body = response.body();
        assertEquals("Acme", body.get("name"));
        assertEquals("line one\nline two\tend\r\n", body.get("note"));
        assertEquals(3, ((Map<?, ?>) ((List<?>) body.get("lines")).get(0)).get("quantity"));
    }

    @Test
    void aTimestampWithAnyOffsetBinds() {
        HttpResponse<Map> response = client.toBlocking().exchange(post("{\"due\":\"2026-11-01T10:30:00+01:00\",\"count\":1}"), Map.class);
        assertEquals("2026-11-01T09:30:00Z", response.body().get("due"));
    }

    @Test
    void numbersAndBooleansAreNotTakenAsText() {
        assertEquals(List.of(error("/name", "must be a string"), error("/slug", "must be a string")),
                errors(post("{\"name\":123,\"slug\":true}")));
    }

    @Test
    void textIsNotTakenAsANumberOrABoolean() {
        assertEquals(List.of(error("/objective", "must be a number"), error("/urgent", "must be true or false"),
                        error("/priority", "must be a whole number")),
                errors(post("{\"objective\":\"0.9\",\"urgent\":\"true\",\"priority\":\"2\"}")));
    }

    @Test
    void anUnknownEnumerationNameListsTheAllowedOnes() {
        assertEquals(List.of(error("/kind", "must be one of LE, GE, EQ")), errors(post("{\"kind\":\"le\"}")));
    }

    @Test
    void aWrongTypeInAnArrayElementIsNamedByIndex() {
        assertEquals(List.of(error("/lines/1/quantity", "must be a whole number"), error("/lines/2", "must be an object")),
                errors(post("{\"lines\":[{\"name\":\"a\",\"quantity\":1},{\"name\":\"b\",\"quantity\":\"x\"},7]}")));
    }

    @Test
    void wholeNumbersRefuseFractionsAndValuesOutOfRange() {
        assertEquals(List.of(error("/priority", "must be a whole number"),
                        error("/count", "must be a whole number between -9223372036854775808 and 9223372036854775807")),
                errors(post("{\"priority\":1.5,\"count\":1e30}")));
        assertEquals(List.of(error("/priority", "must be a whole number between -2147483648 and 2147483647")),
                errors(post("{\"priority\":1e999999999}")));
    }

    @Test
    void nullIsRefusedWhereTheTypeCannotHoldIt() {
        assertEquals(List.of(error("/count", "must be a whole number, not null")), errors(post("{\"count\":null}")));
    }

    @Test
    void aDocumentNestedTooDeeplySaysSoWithTheLimit() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertEquals(List.of(error("/", "nests too deeply; at most 32 levels of arrays and objects are allowed")),
                errors(post("{\"unknown\":" + deep + "}")));
    }

    @Test
    void anOverlongNumberSaysSoWithTheLimit() {
        assertEquals(List.of(error("/", "has a number longer than 100 characters")), errors(post("{\"objective\":1" + "0".repeat(150) + "}")));
    }

    @Test
    void aRepeatedKeyIsRefused() {
        assertEquals(List.of(error("/name", "appears more than once"), error("/labels/a", "appears more than once")),
                errors(post("{\"name\":\"a\",\"name\":\"b\",\"labels\":{\"a\":\"1\",\"a\":\"2\"}}")));
    }

    @Test
    void malformedJsonGivesItsPosition() {
        assertEquals(List.of(error("/", "is not valid JSON (line 1, column 13)")), errors(post("{\"name\":\"a\" \"slug\":1}")));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertEquals(List.of(error("/", "has more content after the JSON document")), errors(post("{\"name\":\"a\"} {\"name\":\"b\"}")));
    }

    @Test
    void anEmptyBodyIsRefused() {
        List<Map<String, Object>> errors = errors(post(""));
        assertEquals(1, errors.size());
        assertEquals("/", errors.get(0).get("pointer"));
    }

    @Test
    void aWrongDocumentTypeIsRefusedAtTheRoot() {
        assertEquals(List.of(error("/", "must be an object")), errors(post("[1,2]")));
    }

    @Test
    void aTimestampMustBeADateTimeWithAnOffset() {
        assertEquals(List.of(error("/due", "must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z")), errors(post("{\"due\":\"2026-11-01T09:30:00\"}")));
        assertEquals(List.of(error("/due", "must be a date-time with an offset, e.g. 2026-11-01T09:30:00Z")), errors(post("{\"due\":1700000000}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nul|a\\u0000b", "bell|\\u0007", "escape|x\\u001b[31m", "line feed|a\\nb", "tab|a\\tb", "delete|a\\u007f", "C1 next line|a\\u0085"})
    void controlCharactersAreRefusedInText(String what, String escaped) {
        assertEquals(List.of(error("/name", "must not contain control characters")), errors(post("{\"name\":\"" + escaped + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"nul|a\\u0000b", "bell|\\u0007", "C1|\\u009f"})
    void multilineTextAllowsOnlyTabsAndLineBreaks(String what, String escaped) {
        assertEquals(List.of(error("/note", "must not contain control characters other than tab and line breaks")),
                errors(post("{\"note\":\"" + escaped + "\"}")));
    }

    @Test
    void controlCharactersAreRefusedInArrayElementsAndMapValues() {
        assertEquals(List.of(error("/lines/0/name", "must not contain control characters"), error("/labels/k", "must not contain control characters")),
                errors(post("{\"lines\":[{\"name\":\"\\u0000\",\"quantity\":1}],\"labels\":{\"k\":\"\\u0001\"}}")));
    }

    @Test
    void anUnpairedSurrogateIsRefused() {
        assertEquals(List.of(error("/name", "must be valid Unicode text")), errors(post("{\"name\":\"\\uD800\"}")));
    }

    @Test
    void aQueryValueOfTheWrongTypeIsNamed() {
        assertEquals(List.of(error("/limit", "must be a whole number")), errors(HttpRequest.GET("/strict/orders?limit=abc")));
        assertEquals(List.of(error("/kind", "must be one of LE, GE, EQ")), errors(HttpRequest.GET("/strict/orders?limit=1&kind=XX")));
    }

    @Test
    void aMissingQueryValueOrHeaderIsNamed() {
        assertEquals(List.of(error("/limit", "is required")), errors(HttpRequest.GET("/strict/orders")));
        assertEquals(List.of(error("/If-Match", "is required")), errors(HttpRequest.GET("/strict/versions")));
    }

    private static HttpRequest<String> post(String body) {
        return HttpRequest.POST("/strict/orders", body).contentType(MediaType.APPLICATION_JSON);
    }

    private static Map<String, Object> error(String pointer, String message) {
        return Map.of("pointer", pointer, "message", message);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> errors(HttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class)));
        HttpResponse<?> response = e.getResponse();
        assertEquals(400, response.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, response.getContentType().orElseThrow().toString());
        String raw = response.getBody(String.class).orElseThrow();
        assertFalse(INTERNALS.matcher(raw).find(), raw);
        Map<String, Object> body = response.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertEquals(400, body.get("status"));
        return (List<Map<String, Object>>) body.get("errors");
    }
}
