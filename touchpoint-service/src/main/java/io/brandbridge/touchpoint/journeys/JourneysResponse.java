package io.brandbridge.touchpoint.journeys;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "CustomerJourneys", example = JourneyExamples.LOOKUP)
public record JourneysResponse(@ArraySchema(maxItems = MAX_JOURNEYS, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        description = "The journeys holding the customer's contacts, in order of first contact (the first 1,000); empty when there are none")) List<JourneyResponse> journeys) {

    static final int MAX_JOURNEYS = 1000;
}
