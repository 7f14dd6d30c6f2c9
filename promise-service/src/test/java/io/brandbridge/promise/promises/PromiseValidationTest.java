package io.brandbridge.promise.promises;

import io.brandbridge.promise.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One problem per validation rule, each naming the offending field by JSON pointer. */
@MicronautTest
class PromiseValidationTest {

    /** Stands in for a number JSON allows but Java cannot hold finitely; replaced by 1e999 in the raw body. */
    private static final double HUGE = 123456.5;

    @Inject
    Api api;

    static Stream<Arguments> formatRules() {
        return Stream.of(
                rule("title is required", "/title", b -> b.remove("title")),
                rule("title is not blank", "/title", b -> b.put("title", "  ")),
                rule("title has at most 200 characters", "/title", b -> b.put("title", "t".repeat(201))),
                rule("statement is not blank", "/statement", b -> b.put("statement", "")),
                rule("statement has at most 2000 characters", "/statement", b -> b.put("statement", "s".repeat(2001))),
                rule("priority is at least 1", "/priority", b -> b.put("priority", 0)),
                rule("priority is at most 5", "/priority", b -> b.put("priority", 6)),
                rule("touchpoint types are known", "/touchpointTypes/0", b -> b.put("touchpointTypes", List.of("FAX"))),
                rule("commitment key matches the key format", "/commitments/0/key", b -> Api.set(b, "/commitments/0/key", "Answered-Fast")),
                rule("commitment key starts with a letter", "/commitments/0/key", b -> Api.set(b, "/commitments/0/key", "1st")),
                rule("commitment key has at most 64 characters", "/commitments/0/key", b -> Api.set(b, "/commitments/0/key", "k".repeat(65))),
                rule("metric matches the key format", "/commitments/0/metric", b -> Api.set(b, "/commitments/0/metric", "Wait Seconds")),
                rule("op is known", "/commitments/0/op", b -> Api.set(b, "/commitments/0/op", "NE")),
                rule("threshold is required", "/commitments/0/threshold", b -> Api.set(b, "/commitments/0/threshold", null)),
                rule("objective is above 0", "/commitments/1/objective", b -> Api.set(b, "/commitments/1/objective", 0)),
                rule("objective is below 1", "/commitments/1/objective", b -> Api.set(b, "/commitments/1/objective", 1)),
                rule("objective is not negative", "/commitments/1/objective", b -> Api.set(b, "/commitments/1/objective", -0.2)),
                rule("objective is not over 1", "/commitments/1/objective", b -> Api.set(b, "/commitments/1/objective", 1.5)),
                rule("objective is required", "/commitments/1/objective", b -> Api.set(b, "/commitments/1/objective", null)),
                rule("window is required", "/commitments/0/window", b -> Api.set(b, "/commitments/0/window", null)),
                rule("window type is known", "/commitments/0/window/type", b -> Api.set(b, "/commitments/0/window/type", "DAILY")),
                rule("rolling window has at least 1 day", "/commitments/0/window/days", b -> Api.set(b, "/commitments/0/window/days", 0)),
                rule("rolling window has at most 366 days", "/commitments/0/window/days", b -> Api.set(b, "/commitments/0/window/days", 367)),
                rule("weight is above 0", "/commitments/0/weight", b -> Api.set(b, "/commitments/0/weight", 0)),
                rule("weight is not negative", "/commitments/0/weight", b -> Api.set(b, "/commitments/0/weight", -1)),
                rule("minSample is at least 1", "/commitments/0/minSample", b -> Api.set(b, "/commitments/0/minSample", 0)),
                rule("minSample is at most a million", "/commitments/0/minSample", b -> Api.set(b, "/commitments/0/minSample", 1_000_001)),
                rule("a commitment is not null", "/commitments/1", b -> Api.set(b, "/commitments/1", null)));
    }

    static Stream<Arguments> domainRules() {
        return Stream.of(
                rule("threshold is finite", "/commitments/0/threshold", b -> Api.set(b, "/commitments/0/threshold", HUGE)),
                rule("weight is finite", "/commitments/0/weight", b -> Api.set(b, "/commitments/0/weight", HUGE)),
                rule("a boolean metric only takes EQ", "/commitments/1/op", b -> Api.set(b, "/commitments/1/op", "GE")),
                rule("a boolean metric compares with 0 or 1", "/commitments/1/threshold", b -> Api.set(b, "/commitments/1/threshold", 0.5)),
                rule("a rolling window needs days", "/commitments/0/window/days", b -> Api.set(b, "/commitments/0/window/days", null)),
                rule("commitment keys are unique in a promise", "/commitments/1/key", b -> Api.set(b, "/commitments/1/key", "answered_in_60s")),
                rule("the metric is in the catalogue", "/commitments/0/metric", b -> Api.set(b, "/commitments/0/metric", "smiles_per_hour")),
                rule("a touchpoint type is listed once", "/touchpointTypes/1", b -> b.put("touchpointTypes", List.of("CHAT", "CHAT"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatRules")
    void aFormatRuleBrokenOnCreateAnswers400NamingTheField(String rule, String pointer, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> problem = api.problem(400, create(api.createBrand(), breakIt));

        assertEquals("https://brandbridge.io/problems/bad-request", problem.get("type"));
        assertEquals(List.of(pointer), Api.pointers(problem).stream().distinct().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainRules")
    void aDomainRuleBrokenOnCreateAnswers422NamingTheField(String rule, String pointer, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> problem = api.problem(422, create(api.createBrand(), breakIt));

        assertEquals("https://brandbridge.io/problems/validation", problem.get("type"));
        assertEquals(List.of(pointer), Api.pointers(problem));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("domainRules")
    void aDomainRuleBrokenOnUpdateAnswers422AndChangesNothing(String rule, String pointer, Consumer<Map<String, Object>> breakIt) {
        String id = api.createActivePromise(api.createBrand());
        Map<String, Object> before = api.getPromise(id).body();
        Map<String, Object> body = Api.promiseBody();
        breakIt.accept(body);

        Map<String, Object> problem = api.problem(422, Api.rawJson(HttpRequest.PUT("/api/v1/promises/" + id, ""), rawBody(body))
                .header(HttpHeaders.IF_MATCH, api.etagOf(id)));

        assertEquals(List.of(pointer), Api.pointers(problem));
        assertEquals(before, api.getPromise(id).body());
    }

    @Test
    void aFormatRuleBrokenOnUpdateAnswers400() {
        String id = api.createPromise(api.createBrand());
        Map<String, Object> body = Api.promiseBody();
        Api.set(body, "/commitments/1/objective", 1);

        Map<String, Object> problem = api.problem(400, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, api.etagOf(id)));

        assertEquals(List.of("/commitments/1/objective"), Api.pointers(problem));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> problem = api.problem(422, create(api.createBrand(), b -> {
            Api.set(b, "/commitments/0/metric", "smiles_per_hour");
            Api.set(b, "/commitments/1/op", "LT");
            Api.set(b, "/commitments/1/key", "answered_in_60s");
        }));

        assertEquals(List.of("/commitments/0/metric", "/commitments/1/op", "/commitments/1/key"), Api.pointers(problem));
    }

    @Test
    void anotherBrandsCustomMetricIsNotInTheCatalogue() {
        String otherBrand = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + otherBrand + "/metrics", Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN")));

        Map<String, Object> problem = api.problem(422, create(api.createBrand(), b -> Api.set(b, "/commitments/1/metric", "callback_kept")));

        assertEquals(List.of("/commitments/1/metric"), Api.pointers(problem));
    }

    @Test
    void theBrandsOwnCustomMetricIsAcceptedWithTheRulesOfItsKind() {
        String brandId = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN")));
        api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "queue_depth", "unit", "count", "kind", "NUMBER")));

        api.problem(422, create(brandId, b -> {
            Api.set(b, "/commitments/1/metric", "callback_kept");
            Api.set(b, "/commitments/1/op", "GT");
        }));
        Map<String, Object> body = Api.promiseBody();
        Api.set(body, "/commitments/0/metric", "queue_depth");
        Api.set(body, "/commitments/0/op", "LT");
        Api.set(body, "/commitments/1/metric", "callback_kept");
        assertEquals(201, api.createPromise(brandId, body).code());
    }

    @Test
    void aPromiseMeasuresTheMetricsDerivedFromJourneysLikeAnyOther() {
        String brandId = api.createBrand();
        Map<String, Object> body = Api.promiseBody();
        body.put("commitments", new ArrayList<>(List.of(
                Api.commitment("one_contact", "journey_contacts", "EQ", 1, 0.7, Api.rollingDays(28)),
                Api.commitment("at_most_one_handoff", "journey_handoffs", "LE", 1, 0.9, Api.rollingDays(28)),
                Api.commitment("no_repeat", "repeat_contact_7d", "EQ", 0, 0.8, Api.rollingDays(28)),
                Api.commitment("kept_in_one_place", "handed_off", "EQ", 0, 0.85, Api.calendar("CALENDAR_MONTH")),
                Api.commitment("few_touchpoints", "journey_touchpoints", "LT", 3, 0.9, Api.rollingDays(28)),
                Api.commitment("sorted_in_a_day", "journey_hours", "LE", 24, 0.75, Api.rollingDays(28)))));

        var created = api.createPromise(brandId, body);

        assertEquals(201, created.code());
        Map<String, Object> promise = created.body();
        assertEquals(List.of("journey_contacts", "journey_handoffs", "repeat_contact_7d", "handed_off", "journey_touchpoints", "journey_hours"),
                Api.<List<Map<String, Object>>>at(promise, "/commitments").stream().map(c -> c.get("metric")).toList());
        assertEquals("LE", Api.<Object>at(promise, "/commitments/1/op"));
        assertEquals(1.0, Api.<Object>at(promise, "/commitments/1/threshold"));
        Map<String, Object> problem = api.problem(422, create(brandId, b -> {
            Api.set(b, "/commitments/1/metric", "handed_off");
            Api.set(b, "/commitments/1/op", "LE");
        }));
        assertEquals(List.of("/commitments/1/op"), Api.pointers(problem), "a derived boolean keeps the boolean rules");
    }

    @Test
    void valuesAtTheEdgesOfEachRangeAreAccepted() {
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "t".repeat(200));
        body.put("statement", "s".repeat(2000));
        body.put("priority", 5);
        Api.set(body, "/commitments/0/key", "k" + "_".repeat(63));
        Api.set(body, "/commitments/0/objective", 0.999999);
        Api.set(body, "/commitments/0/window/days", 366);
        Api.set(body, "/commitments/0/minSample", 1);
        Api.set(body, "/commitments/1/minSample", 1_000_000);
        Api.set(body, "/commitments/0/weight", 0.001);
        Api.set(body, "/commitments/1/objective", 0.000001);
        Api.set(body, "/commitments/1/threshold", 0);
        List<Object> commitments = new ArrayList<>((List<?>) body.get("commitments"));
        commitments.add(Api.commitment("one_day", "csat", "GE", 4, 0.5, Api.rollingDays(1)));
        body.put("commitments", commitments);

        Map<String, Object> promise = api.createPromise(api.createBrand(), body).body();

        assertEquals(366, Api.<Object>at(promise, "/commitments/0/window/days"));
        assertEquals(0.999999, Api.<Object>at(promise, "/commitments/0/objective"));
        assertEquals(0.0, Api.<Object>at(promise, "/commitments/1/threshold"));
    }

    @Test
    void activationNeedsACommitmentAndATouchpointType() {
        String brandId = api.createBrand();
        Map<String, Object> bare = Api.promiseBody();
        bare.remove("commitments");
        bare.remove("touchpointTypes");
        String id = (String) api.createPromise(brandId, bare).body().get("id");

        Map<String, Object> both = api.problem(422, HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));
        assertEquals(List.of("/commitments", "/touchpointTypes"), Api.pointers(both));

        Map<String, Object> withCommitments = Api.promiseBody();
        withCommitments.put("touchpointTypes", List.of());
        api.updatePromise(id, api.etagOf(id), withCommitments);
        assertEquals(List.of("/touchpointTypes"), Api.pointers(api.problem(422, HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""))));

        Map<String, Object> withTypes = Api.promiseBody();
        withTypes.put("commitments", List.of());
        api.updatePromise(id, api.etagOf(id), withTypes);
        assertEquals(List.of("/commitments"), Api.pointers(api.problem(422, HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""))));

        assertEquals("DRAFT", api.getPromise(id).body().get("status"));
    }

    @Test
    void anActivePromiseCannotBeEditedIntoOneThatCouldNotBeActivated() {
        String id = api.createActivePromise(api.createBrand());
        Map<String, Object> body = Api.promiseBody();
        body.put("commitments", List.of());

        Map<String, Object> problem = api.problem(422, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, api.etagOf(id)));

        assertEquals(List.of("/commitments"), Api.pointers(problem));
        assertEquals(1, api.getPromise(id).body().get("version"));
    }

    @Test
    void malformedJsonAnswers400() {
        Map<String, Object> problem = api.problem(400, Api.rawJson(HttpRequest.POST("/api/v1/brands/" + api.createBrand() + "/promises", ""), "{\"title\":"));

        assertTrue(problem.containsKey("detail"));
    }

    private MutableHttpRequest<String> create(String brandId, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = Api.promiseBody();
        breakIt.accept(body);
        return Api.rawJson(HttpRequest.POST("/api/v1/brands/" + brandId + "/promises", ""), rawBody(body));
    }

    private String rawBody(Map<String, Object> body) {
        return api.write(body).replace(String.valueOf(HUGE), "1e999");
    }

    private static Arguments rule(String name, String pointer, Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(name, pointer, breakIt);
    }
}
