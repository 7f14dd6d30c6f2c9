package io.brandbridge.gateway.session;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.gateway.security.AuthenticatedClient;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/session}: who the calling key belongs to. Every role may ask (see AccessMatrix); the key gate has
 * already found the client, so the answer needs no look-up of its own.
 */
@Controller("/api/v1/session")
@Tag(name = "Session", description = "Who the API key in use belongs to: its client, roles and brands")
@ProblemAnswers.Guarded
public class SessionController {

    private static final String EXAMPLE = """
            {"clientId":"cli_m4n6p8q0r2s4t6v8w0x2","name":"acme-dashboard","roles":["MARKETING"],"brands":["brd_7f3k9m2q4r6t8v0w1x3y"],\
            "allBrands":false}""";
    private static final String BAD_PATH_EXAMPLE = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,\
            "detail":"The path must not contain dot segments, empty segments or encoded separators","instance":"/api/v1/session",\
            "requestId":"9f1c2e7a4b"}""";

    @Get
    @Operation(operationId = "getSession", summary = "Read who the API key belongs to",
            description = "The client, its roles and its brand scope, for any valid key. A key with `allBrands` sees every brand: "
                    + "list them with `GET /api/v1/brands`. An expired or revoked key answers 401.")
    @ApiResponse(responseCode = "200", description = "The key's client",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionResponse.class),
                    examples = @ExampleObject(name = "partner", value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "The path has dot segments, empty segments or encoded separators",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badPath", value = BAD_PATH_EXAMPLE)))
    public SessionResponse session(HttpRequest<?> request) {
        // The key gate admits every request under /api with its client, so a request here without one is a wiring fault.
        AuthenticatedClient client = AuthenticatedClient.of(request)
                .orElseThrow(() -> new IllegalStateException("The key gate did not admit this request"));
        return SessionResponse.from(client);
    }
}
