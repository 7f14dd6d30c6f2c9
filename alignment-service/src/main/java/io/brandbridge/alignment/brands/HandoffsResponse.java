package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A snapshot's handoff matrix, the handoff that lets down the most customers first. */
@Serdeable
@Schema(name = "BrandHandoffs", description = "The brand's handoffs over the window ending at the snapshot's asOf: two consecutive contacts of one journey at different "
        + "touchpoints, ranked by customersLetDown, then repeatRate, then touchpoint ids.")
public record HandoffsResponse(@JsonUnwrapped SnapshotStamp snapshot,
                               @Schema(requiredMode = REQUIRED, description = "KEPT: the snapshot holds the matrix. UNANSWERED: touchpoint-service did not "
                                       + "answer handoffs when it was computed (a deployment from before journeys). PREDATES_HANDOFFS: it was computed before "
                                       + "snapshots kept the matrix (its window is then empty, at asOf). Journeys and handoffs are empty unless KEPT.")
                               HandoffMatrixState matrix,
                               @Schema(requiredMode = REQUIRED) Window window,
                               @Schema(requiredMode = REQUIRED, description = "Journeys whose first contact is in the window",
                                       format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long journeys,
                               @Schema(requiredMode = REQUIRED, description = "Those of them of one contact",
                                       format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long oneContactJourneys,
                               @Schema(requiredMode = REQUIRED, description = "oneContactFollowedUp / oneContactJourneys: the share of journeys settled in "
                                       + "one contact whose customer came back within 7 days anyway; 0 when there are none", minimum = "0", maximum = "1")
                               double oneContactRepeatRate,
                               @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED,
                                       description = "Most customers let down first, at most " + MAX_ITEMS), maxItems = MAX_ITEMS)
                               List<Row> handoffs) {

    /** The most handoffs one answer lists: those letting down the most customers, which are the ones worth acting on first. */
    static final int MAX_ITEMS = 1_000;

    static HandoffsResponse from(Snapshot s, SnapshotHandoffs stored) {
        HandoffMatrix m = stored.matrix();
        List<Row> rows = m.handoffs().subList(0, Math.min(MAX_ITEMS, m.handoffs().size())).stream().map(Row::from).toList();
        return new HandoffsResponse(SnapshotStamp.of(s), stored.state(), new Window(m.from(), m.to()), m.journeys(), m.oneContactJourneys(),
                m.oneContactRepeatRate(), rows);
    }

    @Serdeable
    @Schema(name = "HandoffWindow", description = "[from, to): handoffs count when their earlier contact is in it, journeys when their first contact is")
    public record Window(@Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant from,
                         @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant to) {
    }

    @Serdeable
    @Schema(name = "RankedHandoff", description = "Customers passed from one touchpoint to another, and how many came back within 7 days")
    public record Row(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String fromTouchpointId,
                      @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String fromTouchpointName,
                      @Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String toTouchpointId,
                      @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String toTouchpointName,
                      @Schema(requiredMode = REQUIRED, description = "Handoffs whose earlier contact is in the window",
                              format = "int64", minimum = "1", maximum = Limits.LONG_MAX) long count,
                      @Schema(requiredMode = REQUIRED, description = "Those whose later contact was itself followed up: the handoff did not settle it",
                              format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long followedUp,
                      @Schema(requiredMode = REQUIRED, description = "followedUp / count", minimum = "0", maximum = "1") double repeatRate,
                      @Schema(requiredMode = REQUIRED, description = "The median gap between the two contacts, in minutes, as touchpoint-service counts it",
                              minimum = "0") double medianGapMinutes,
                      @Schema(requiredMode = REQUIRED, description = "max(0, followedUp − round(count × oneContactRepeatRate)): customers who came back "
                              + "beyond what a journey settled in one contact would explain", format = "int64", minimum = "0", maximum = Limits.LONG_MAX)
                      long customersLetDown,
                      @Schema(requiredMode = REQUIRED, maxLength = Limits.SENTENCE_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                              example = "customers passed from Help centre to Manila contact centre came back within 7 days 41% of the time, "
                                      + "against 12% for journeys settled in one contact")
                      String sentence) {

        static Row from(Handoff h) {
            return new Row(h.fromTouchpointId(), h.fromTouchpointName(), h.toTouchpointId(), h.toTouchpointName(), h.count(), h.followedUp(),
                    h.repeatRate(), h.medianGapMinutes(), h.customersLetDown(), h.sentence());
        }
    }
}
