package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashSet;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

/** A brand's journeys, read through one of its touchpoints, which sets the scope. */
@Controller("/api/v1/touchpoints/{touchpointId}/journeys")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Journeys", description = "A brand's interactions grouped by journeyId or by customer, with the metrics the platform derives")
@ProblemAnswers.Guarded
class JourneyController {

    private final TouchpointService touchpoints;
    private final JourneyReads reads;
    private final CustomerPseudonyms pseudonyms;

    JourneyController(TouchpointService touchpoints, JourneyReads reads, CustomerPseudonyms pseudonyms) {
        this.touchpoints = touchpoints;
        this.reads = reads;
        this.pseudonyms = pseudonyms;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/{journeyId}")
    @Operation(operationId = "getJourney", summary = "Read one journey's contacts in order",
            description = "All interactions of the touchpoint's brand with this `journeyId`, at any of its touchpoints, ordered by `occurredAt`, "
                    + "then touchpoint id, then externalId, with `handedOff` (the next contact is at another touchpoint) and `followedUp` (the "
                    + "customer came back within 7 days; null without a customerRef). 404 when the touchpoint does not exist or is outside the "
                    + "caller's scope, or the brand has no such journey.")
    @ApiResponse(responseCode = "200", description = "The journey", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JourneyResponse.class), examples = @ExampleObject(name = "journey", value = JourneyExamples.JOURNEY)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    JourneyResponse get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                        @Parameter(description = "Touchpoint id; sets the brand", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                        @PathVariable @Size(max = 128) @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                        @Parameter(description = "The journeyId as pushed", example = "jrn-7f3a") String journeyId,
                        @Parameter(hidden = true) Caller caller) {
        return reads.byJourneyId(touchpoints.requireInScope(touchpointId, caller).brandId(), journeyId);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Post("/lookup")
    @Status(HttpStatus.OK)
    @Operation(operationId = "lookUpCustomerJourneys", summary = "Find every journey of a customer",
            description = "Every journey of the touchpoint's brand holding contacts of `customerRef` (under any of the brand's key versions), in "
                    + "order of first contact; `journeyId` is null for journeys made of the customer's contacts without one. A POST so the value "
                    + "stays out of URLs and logs; it is never echoed. No contacts answers 200 with an empty list. 404 when the touchpoint does "
                    + "not exist or is outside the caller's scope.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JourneyLookupRequest.class), examples = @ExampleObject(name = "customer", value = JourneyExamples.LOOKUP_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The customer's journeys", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JourneysResponse.class), examples = @ExampleObject(name = "journeys", value = JourneyExamples.LOOKUP)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    JourneysResponse lookup(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                            @Parameter(description = "Touchpoint id; sets the brand", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                            @Valid @Body JourneyLookupRequest request, @Parameter(hidden = true) Caller caller) {
        String brandId = touchpoints.requireInScope(touchpointId, caller).brandId();
        return reads.byCustomer(brandId, new LinkedHashSet<>(pseudonyms.of(brandId, request.customerRef())));
    }
}
