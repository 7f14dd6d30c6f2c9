package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.brands.BrandScope;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.brandbridge.defaults.security.Role.PRIVACY;

@Controller("/api/v1/brands/{brandId}/pseudonym-key")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personal data")
@ProblemAnswers.Guarded
@AllowedRoles(PRIVACY)
class PseudonymKeyController {

    private final Pseudonyms pseudonyms;

    PseudonymKeyController(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    @Get
    @Operation(operationId = "getPseudonymKey", summary = "Get the version of a brand's pseudonym key",
            description = "customerRef values are stored only as HMAC-SHA256 pseudonyms under the brand's key. This answers the key's "
                    + "current version and age, never the key. 404 when the brand is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "The current key version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PseudonymKeyResponse.class),
                    examples = @ExampleObject(name = "key", value = PseudonymKeyResponse.EXAMPLE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    PseudonymKeyResponse get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                             @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                             @Parameter(hidden = true) Caller caller) {
        BrandScope.require(brandId, caller);
        return PseudonymKeyResponse.from(pseudonyms.state(brandId));
    }

    @Post("/rotate")
    @Status(HttpStatus.OK)
    @Operation(operationId = "rotatePseudonymKey", summary = "Rotate a brand's pseudonym key",
            description = "Starts a new key version for customerRefs pushed from now on. Older versions are kept: lookups and erasure "
                    + "hash with every version, and a customer stored under an older one is re-keyed when next pushed, so journeys "
                    + "carry on. 404 when the brand is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "The new key version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PseudonymKeyResponse.class),
                    examples = @ExampleObject(name = "key", value = PseudonymKeyResponse.EXAMPLE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    PseudonymKeyResponse rotate(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                                @Parameter(hidden = true) Caller caller) {
        BrandScope.require(brandId, caller);
        return PseudonymKeyResponse.from(pseudonyms.rotate(brandId));
    }
}
