package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.brandbridge.defaults.security.Role.SERVICE;

@Controller("/api/v1/brands/{brandId}/data")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personal data")
@ProblemAnswers.Guarded
class BrandDataController {

    private final BrandDataDeletion deletion;

    BrandDataController(BrandDataDeletion deletion) {
        this.deletion = deletion;
    }

    @AllowedRoles(SERVICE)
    @Delete
    @Operation(operationId = "deleteBrandData", summary = "Delete what touchpoint-service keeps of a deleted brand",
            description = "Internal: promise-service calls it while deleting a brand. 409 while the brand still has touchpoints (the "
                    + "detail says how many; delete them first); otherwise deletes the brand's data policy, pseudonym keys and erasure "
                    + "records and answers 204, also when there was nothing to delete, so a retried brand deletion completes.")
    @ApiResponse(responseCode = "204", description = "Nothing of the brand remains here")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.Conflict
    HttpResponse<Void> delete(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Brand id", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId) {
        deletion.delete(brandId);
        return HttpResponse.noContent();
    }
}
