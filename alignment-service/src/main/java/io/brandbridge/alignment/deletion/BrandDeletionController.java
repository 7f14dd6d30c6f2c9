package io.brandbridge.alignment.deletion;

import io.brandbridge.alignment.brands.BrandScope;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
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

/** What promise-service calls when a brand is deleted. */
@Controller("/api/v1/alignment/brands/{brandId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@Tag(name = "Alignment")
public class BrandDeletionController {

    private static final String ID_PARAMETER = "^[A-Za-z0-9_-]+$";

    private final BrandDeletion deletion;

    BrandDeletionController(BrandDeletion deletion) {
        this.deletion = deletion;
    }

    @AllowedRoles(SERVICE)
    @Delete
    @Operation(operationId = "deleteBrandAlignment", summary = "Remove everything alignment keeps of a deleted brand",
            description = "Called by promise-service (role SERVICE) when it deletes a brand: the brand's snapshots, backfill jobs and "
                    + "known-brand row go, a running backfill job stops before its next day, and the brand is never registered or computed "
                    + "again, so its reads answer 404 from then on. Answers 204, also when nothing was kept; 403 for any other role.")
    @ApiResponse(responseCode = "204", description = "Nothing of the brand is kept any longer")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public HttpResponse<Void> delete(@Parameter(description = "The brand's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER)
                                     String brandId,
                                     @Parameter(hidden = true) Caller caller) {
        if (!BrandScope.mayAccess(caller, brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
        deletion.delete(brandId);
        return HttpResponse.noContent();
    }
}
