package io.brandbridge.defaults.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import java.util.List;

@Requires(property = "spec.name", value = "ProblemResponsesTest")
@Controller("/stub")
class ProblemStubController {

    @Serdeable
    record Item(@NotBlank String name, int quantity) {
    }

    @Serdeable
    record Order(@NotBlank String customer, @NotEmpty List<@Valid Item> items) {
    }

    @Post(uri = "/orders", consumes = MediaType.APPLICATION_JSON)
    Order create(@Body @Valid Order order) {
        return order;
    }

    @Get("/orders")
    List<Order> list(@QueryValue(defaultValue = "10") @Max(100) int limit) {
        return List.of();
    }

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("SELECT secret FROM io.brandbridge.hidden.Table failed");
    }

    @Get("/database-down")
    String databaseDown() {
        throw new IllegalStateException("Failed to obtain JDBC Connection",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
    }

    @Get("/conflict")
    String conflict() {
        throw ProblemException.conflict("brand 'acme' still has promises");
    }

    @Get("/gone")
    String gone() {
        throw new ProblemException(HttpStatus.PRECONDITION_REQUIRED, "If-Match is required");
    }
}
