package io.brandbridge.touchpoint.journeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One journey's contacts in order (occurredAt, then touchpoint id, then externalId) with its derived figures. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Journey", example = JourneyExamples.JOURNEY)
public record JourneyResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.SINGLE_LINE) String brandId,
                              @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 128, pattern = SchemaPatterns.SINGLE_LINE,
                                      description = "The journeyId; null for a journey made of one customer's contacts") String journeyId,
                              @ArraySchema(maxItems = MAX_CONTACTS, arraySchema = @Schema(requiredMode = REQUIRED,
                                      description = "The journey's contacts in order, the first 10,000; `contactCount` counts them all")) List<JourneyContact> contacts,
                              @Schema(requiredMode = REQUIRED, minimum = "1", maximum = JourneyExamples.MAX_COUNT) long contactCount,
                              @Schema(requiredMode = REQUIRED, minimum = "0", maximum = JourneyExamples.MAX_COUNT,
                                      description = "Consecutive contacts at different touchpoints") long handoffs,
                              @Schema(requiredMode = REQUIRED, minimum = "1", maximum = JourneyExamples.MAX_COUNT,
                                      description = "Distinct touchpoints") long touchpoints,
                              @Schema(requiredMode = REQUIRED, minimum = "0", description = "Hours from the first to the last contact") double hours) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "JourneyContact")
    public record JourneyContact(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID) String touchpointId,
                                 @Schema(requiredMode = REQUIRED, maxLength = 128, pattern = SchemaPatterns.SINGLE_LINE) String externalId,
                                 @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "In UTC, microseconds") Instant occurredAt,
                                 @Schema(requiredMode = REQUIRED, description = "The next contact of the journey is at another touchpoint") boolean handedOff,
                                 @Nullable @Schema(requiredMode = REQUIRED, nullable = true,
                                         description = "The customer had another contact with the brand within 7 days after this one; null without a customerRef")
                                 Boolean followedUp) {
    }

    static final int MAX_CONTACTS = 10_000;

    /** The response for a journey's contacts in order, from their stored derived values. */
    static JourneyResponse of(String brandId, @Nullable String journeyId, List<Contact> journey) {
        List<JourneyContact> contacts = new ArrayList<>(Math.min(journey.size(), MAX_CONTACTS));
        for (Contact c : journey.subList(0, Math.min(journey.size(), MAX_CONTACTS))) {
            Derived d = c.stored() == null ? Derived.NONE : c.stored();
            contacts.add(new JourneyContact(c.touchpointId(), c.externalId(),
                    Instant.ofEpochSecond(Math.floorDiv(c.occurredAt(), 1_000_000), Math.floorMod(c.occurredAt(), 1_000_000) * 1000L),
                    Integer.valueOf(1).equals(d.handedOff()), d.followedUp() == null ? null : d.followedUp() == 1));
        }
        Derived first = journey.getFirst().stored() == null ? Derived.NONE : journey.getFirst().stored();
        return new JourneyResponse(brandId, journeyId, contacts, journey.size(), or0(first.journeyHandoffs()), or0(first.journeyTouchpoints()),
                first.journeyHours() == null ? 0 : first.journeyHours());
    }

    private static long or0(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
