package io.brandbridge.gateway.audit;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The audit trail of the admin API. Only ADMIN clients reach it (see AccessMatrix). */
@Controller("/api/v1/admin/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@AllowedRoles({})
@Tag(name = "Admin: audit", description = "Who created, changed or revoked which API client, when and from where (ADMIN only)")
public class AuditController {

    private final AuditLog log;

    public AuditController(AuditLog log) {
        this.log = log;
    }

    @Get
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first",
            description = "Key creation, revocation and changes of roles or brand scope. Pass `nextCursor` back as `cursor` "
                    + "for the next (older) page; it is null on the last page. Keys never appear here.")
    @ApiResponse(responseCode = "200", description = "One page of events")
    @ProblemAnswers.BadParameters
    public Page<AuditEventResponse> list(@Parameter(description = "Events per page", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
                                         @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                         @Parameter(description = "The `nextCursor` of the previous page; omit for the first page")
                                         @Nullable @QueryValue @Size(max = 512) @Pattern(regexp = "^[A-Za-z0-9_-]+$") String cursor) {
        return log.list(limit, cursor);
    }
}
