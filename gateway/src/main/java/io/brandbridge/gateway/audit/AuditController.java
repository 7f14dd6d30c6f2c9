package io.brandbridge.gateway.audit;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.gateway.openapi.ProblemAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The audit trail of the admin API. Only ADMIN clients reach it (see AccessMatrix). */
@Controller("/api/v1/admin/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.AdminOnly
@Tag(name = "Admin: audit", description = "Who created, changed or revoked which API client, when and from where (ADMIN only)")
public class AuditController {

    private final AuditLog log;

    public AuditController(AuditLog log) {
        this.log = log;
    }

    @Get
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first",
            description = "Key creation, revocation and changes of roles or brand scope. Pass `nextCursor` back as `cursor` "
                    + "for the next (older) page; it is absent on the last page. Keys never appear here.")
    @ApiResponse(responseCode = "200", description = "One page of events")
    @ProblemAnswers.BadRequest
    public Page<AuditEventResponse> list(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                         @Nullable @QueryValue String cursor) {
        return log.list(limit, cursor);
    }
}
