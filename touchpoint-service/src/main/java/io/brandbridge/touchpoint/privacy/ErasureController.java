package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.brandbridge.defaults.security.Role.PRIVACY;

@Controller("/api/v1/brands/{brandId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personal data")
@ProblemAnswers.Guarded
class ErasureController {

    private final Erasures erasures;

    ErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @AllowedRoles(PRIVACY)
    @Post("/erasure")
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer from a brand's interactions",
            description = "Removes the customer's pseudonym (under every key version) from every interaction of the brand's touchpoints, "
                    + "and what journeys derived from it, in one transaction; the interactions themselves, their counts and the alignment "
                    + "snapshots stay. Pass the raw `customerRef` as it was pushed: it is hashed and neither stored nor logged. An unknown "
                    + "customer answers 200 with `interactionsAffected` 0. Every erasure is audited (who, when, how many; never whom). "
                    + "404 when the brand is outside the caller's scope; 503 while pushes into the brand's touchpoints hold them too long.")
    @ApiResponse(responseCode = "200", description = "Erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResponse.class),
                    examples = @ExampleObject(name = "erasure", value = ErasureExamples.ERASURE)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    ErasureResponse erase(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                          @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                          @Valid @Body ErasureRequest request,
                          @Parameter(hidden = true) Caller caller) {
        return erasures.erase(brandId, request.customerRef(), caller);
    }

    @AllowedRoles(PRIVACY)
    @Get("/erasures")
    @Operation(operationId = "listErasures", summary = "List a brand's erasures",
            description = "The audit records of the brand's erasures, newest first. 404 when the brand is outside the caller's scope. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is null on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of erasure records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasurePage.class),
                    examples = @ExampleObject(name = "page", value = ErasureExamples.PAGE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<ErasureRecordResponse> list(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                     @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                                     @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = ApiDocs.LIMIT) int limit,
                                     @QueryValue @Nullable @Size(max = ApiDocs.MAX_CURSOR) @Pattern(regexp = ApiDocs.CURSOR_PATTERN)
                                     @Parameter(description = ApiDocs.CURSOR) String cursor,
                                     @Parameter(hidden = true) Caller caller) {
        return erasures.list(brandId, limit, cursor, caller);
    }

    // Names the page schema in the OpenAPI document; the wire shape is Page.
    @Schema(name = "ErasurePage", description = "One page of a brand's erasure records, newest first")
    record ErasurePage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                       List<ErasureRecordResponse> items,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_CURSOR,
                               pattern = ApiDocs.CURSOR_PATTERN, description = "Pass back as `cursor` for the next page; null on the last page")
                       @Nullable String nextCursor) {
    }
}
