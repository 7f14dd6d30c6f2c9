package io.brandbridge.defaults.json;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Requires(property = "spec.name", value = "StrictJsonBodyTest")
@Controller("/strict")
class StrictJsonStubController {

    enum Kind { LE, GE, EQ }

    @Serdeable
    record Line(@NotBlank String name, int quantity) {
    }

    @Serdeable
    record Order(@Nullable String name, @Nullable String slug, @Nullable Kind kind, @Nullable Double objective,
                 @Nullable Boolean urgent, @Nullable Integer priority, @Nullable Instant due,
                 @Nullable List<@Valid Line> lines, @Nullable @MultilineText String note, long count,
                 @Nullable Map<String, String> labels) {
    }

    @Post(uri = "/orders", consumes = MediaType.APPLICATION_JSON)
    Order create(@Body @Valid Order order) {
        return order;
    }

    @Get("/orders")
    Map<String, Integer> list(@QueryValue int limit, @Nullable @QueryValue Kind kind) {
        return Map.of("limit", limit);
    }

    @Get("/versions")
    Map<String, String> versions(@Header("If-Match") String ifMatch) {
        return Map.of("ifMatch", ifMatch);
    }
}
