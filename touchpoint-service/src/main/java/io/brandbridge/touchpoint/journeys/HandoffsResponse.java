package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(name = "HandoffsResponse", example = JourneyExamples.HANDOFFS)
public record HandoffsResponse(@Schema(requiredMode = REQUIRED, minimum = "0", maximum = JourneyExamples.MAX_COUNT,
                                       description = "Journeys whose first contact is at a listed touchpoint in [from, to)") long journeys,
                               @Schema(requiredMode = REQUIRED, minimum = "0", maximum = JourneyExamples.MAX_COUNT,
                                       description = "Those of them with one contact") long oneContactJourneys,
                               @Schema(requiredMode = REQUIRED, minimum = "0", maximum = JourneyExamples.MAX_COUNT,
                                       description = "One-contact journeys whose contact was followed up (the customer came back within 7 days)")
                               long oneContactFollowedUp,
                               @ArraySchema(maxItems = 250_000, arraySchema = @Schema(requiredMode = REQUIRED,
                                       description = "Pairs with at least one handoff, ordered by fromTouchpointId, then toTouchpointId"))
                               List<Handoff> handoffs) {

    @Serdeable
    @Schema(name = "Handoff", description = "Handoffs from one listed touchpoint to another whose earlier contact is in [from, to)")
    public record Handoff(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID) String fromTouchpointId,
                          @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID) String toTouchpointId,
                          @Schema(requiredMode = REQUIRED, minimum = "1", maximum = JourneyExamples.MAX_COUNT) long count,
                          @Schema(requiredMode = REQUIRED, minimum = "0", maximum = JourneyExamples.MAX_COUNT,
                                  description = "Handoffs whose later contact was itself followed up: the handoff did not settle it") long followedUp,
                          @Schema(requiredMode = REQUIRED, minimum = "0", description = "Median of the gaps between the two contacts in whole "
                                  + "minutes (each gap rounded down); with an even count, the mean of the two middle values")
                          double medianGapMinutes) {
    }
}
