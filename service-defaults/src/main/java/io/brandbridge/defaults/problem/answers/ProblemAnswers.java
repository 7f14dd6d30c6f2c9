package io.brandbridge.defaults.problem.answers;

import io.brandbridge.defaults.problem.Problem;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem+json answers of the OpenAPI document, declared once for every service: {@link Guarded}
 * on each controller, {@link TakesBody} on each operation that reads a body, and the others on the
 * operations that answer them. Say what is particular to an operation in its description.
 */
public final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /** What any operation behind the gateway may answer, whatever it does; {@code @AllowedRoles} declares its 403. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @ApiResponse(responseCode = "401", description = "No valid credentials: at the gateway an API key (`Authorization: Bearer <key>`), at a service the gateway's internal token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "406", description = "The `Accept` header allows none of the media types this operation answers with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notAcceptable", value = ProblemExamples.NOT_ACCEPTABLE)))
    @ApiResponse(responseCode = "500", description = "An unexpected failure; the answer carries the request id to quote when reporting it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "internal", value = ProblemExamples.INTERNAL)))
    @ApiResponse(responseCode = "503", description = "The service, its database or a service it needs is unavailable; nothing was changed, retry after `Retry-After`",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "3600")),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = ProblemExamples.UNAVAILABLE)))
    public @interface Guarded {
    }

    /** What an operation that reads a request body may answer about the body itself. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", description = "Malformed JSON, a value of the wrong type, a missing or invalid field, or a bad parameter; `errors` names each field by JSON pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badRequest", value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "413", description = "The body is larger than this operation accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooLarge", value = ProblemExamples.TOO_LARGE)))
    @ApiResponse(responseCode = "415", description = "`Content-Type` is not one this operation reads",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unsupported", value = ProblemExamples.UNSUPPORTED)))
    public @interface TakesBody {
    }

    /** A parameter out of range or of the wrong type, or a cursor this API did not issue. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "400", description = "A parameter of the wrong type or out of range, or a cursor this API did not issue; `errors` names each by pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "badRequest", value = ProblemExamples.BAD_REQUEST)))
    public @interface BadParameters {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "404", description = "No such resource, or it is outside the caller's brand scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "notFound", value = ProblemExamples.NOT_FOUND)))
    public @interface NotFound {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "409", description = "The change conflicts with the current state; `detail` says how",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "conflict", value = ProblemExamples.CONFLICT)))
    public @interface Conflict {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "412", description = "`If-Match` names a state that is no longer current; read the resource again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = ProblemExamples.PRECONDITION_FAILED)))
    public @interface PreconditionFailed {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "428", description = "The change was sent without `If-Match`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missingIfMatch", value = ProblemExamples.PRECONDITION_REQUIRED)))
    public @interface PreconditionRequired {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "422", description = "Well-formed but breaks a domain rule; `errors` names each field by JSON pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ProblemExamples.UNPROCESSABLE)))
    public @interface Unprocessable {
    }
}
