package io.brandbridge.promise.promises;

import io.brandbridge.promise.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PromisesPerBrandTest {

    @Inject
    Api api;

    @Inject
    PromiseRepository promises;

    @Test
    void aBrandHoldsAtMostAThousandPromisesSoTheInForceListIsBounded() {
        String brandId = api.createBrand();
        // Rows straight into the table: a thousand creates over HTTP would only slow the suite.
        promises.saveAll(IntStream.range(1, PromiseService.PROMISES_PER_BRAND_MAX)
                .mapToObj(i -> new Promise("prm_cap" + brandId.substring(4) + i, brandId, 1, Instant.EPOCH)).toList());

        assertEquals(201, api.createPromise(brandId, Api.promiseBody()).code());
        Map<String, Object> problem = api.problem(409, HttpRequest.POST("/api/v1/brands/" + brandId + "/promises", Api.promiseBody()));

        assertTrue(((String) problem.get("detail")).contains("already holds 1000 promises"), problem.toString());
        assertEquals(PromiseService.PROMISES_PER_BRAND_MAX, promises.countByBrandId(brandId));
    }
}
