package io.brandbridge.defaults.conditional;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;

import java.util.Map;

@Requires(property = "spec.name", value = "NotModifiedFilterTest")
@Controller("/conditional")
class ConditionalStubController {

    static final String TAG = ETags.of("thing", 7);

    @Get("/tagged")
    HttpResponse<Map<String, String>> tagged() {
        return HttpResponse.ok(Map.of("name", "thing")).header("ETag", TAG).header("Cache-Control", "private, no-cache");
    }

    @Get("/untagged")
    Map<String, String> untagged() {
        return Map.of("name", "thing");
    }

    @Put("/tagged")
    HttpResponse<Map<String, String>> replace() {
        return HttpResponse.ok(Map.of("name", "thing")).header("ETag", TAG);
    }
}
