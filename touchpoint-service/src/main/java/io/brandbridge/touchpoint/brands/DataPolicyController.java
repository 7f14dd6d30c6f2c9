package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PRIVACY;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/brands/{brandId}/data-policy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personal data", description = "How a brand's interaction data is handled: journeys, retention, pseudonyms and erasure")
@ProblemAnswers.Guarded
class DataPolicyController {

    private final BrandDataPolicies policies;

    DataPolicyController(BrandDataPolicies policies) {
        this.policies = policies;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PRIVACY, SERVICE})
    @Get
    @Operation(operationId = "getDataPolicy", summary = "Get a brand's data policy",
            description = "The repeat window that cuts customers' journeys, how long raw interactions are kept and whether attribute values "
                    + "that look like personal data are refused. A brand that never set one answers the defaults (7 days, kept, guard on) "
                    + "with `updatedAt` null. 404 when the brand is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "The brand's data policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataPolicyResponse.class),
                    examples = @ExampleObject(name = "policy", value = DataPolicyExamples.POLICY)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    DataPolicyResponse get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                           @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                           @Parameter(hidden = true) Caller caller) {
        return DataPolicyResponse.from(policies.read(brandId, caller));
    }

    @AllowedRoles(PRIVACY)
    @Put
    @Operation(operationId = "replaceDataPolicy", summary = "Replace a brand's data policy",
            description = "Sets all three settings at once. A new repeat window applies to contacts pushed from now on; a retention applies "
                    + "at the next daily run. 404 when the brand is outside the caller's scope; 400 names each setting that is missing or out of range.")
    @ApiResponse(responseCode = "200", description = "The brand's data policy as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataPolicyResponse.class),
                    examples = @ExampleObject(name = "policy", value = DataPolicyExamples.POLICY)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    DataPolicyResponse replace(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                               @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                               @Valid @Body DataPolicyRequest request,
                               @Parameter(hidden = true) Caller caller) {
        return DataPolicyResponse.from(policies.replace(brandId, request, caller));
    }
}
