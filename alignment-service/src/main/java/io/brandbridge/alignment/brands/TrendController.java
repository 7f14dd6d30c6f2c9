package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.VIEWER;

/** Daily series for charts, read from the last snapshot of each day. */
@Controller("/api/v1/alignment/brands/{brandId}/trend")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@Tag(name = "History")
public class TrendController {

    static final Duration DEFAULT_LENGTH = Duration.ofDays(90);
    private static final String ID_PARAMETER = "^[A-Za-z0-9_-]+$";

    private final SnapshotStore store;
    private final KnownBrands knownBrands;
    private final Clock clock;

    TrendController(SnapshotStore store, KnownBrands knownBrands, Clock clock) {
        this.store = store;
        this.knownBrands = knownBrands;
        this.clock = clock;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get
    @Operation(operationId = "getAlignmentTrend", summary = "A daily series of the index, a promise or a commitment, for charts",
            description = "One point per day (brand time zone) with a snapshot whose asOf is in [from, to): by default the 90 days up to now, at most "
                    + HistoryRange.MAX_DAYS + " days, all in one answer. Each point carries computedAt and whether data changed after it "
                    + "(outOfDate) or it was re-scored for that reason (revised). Answers 404 when the brand has no snapshot or is outside the "
                    + "caller's scope; 400 when from or to is not an instant, from is not before to, the range is longer than "
                    + HistoryRange.MAX_DAYS + " days, or commitmentKey comes without promiseId.")
    @ApiResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrendResponse.class),
                    examples = @ExampleObject(name = "commitment", ref = "#/components/examples/Trend")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public TrendResponse trend(@Parameter(description = "The brand's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                               @Parameter(description = "The promise; without it the series is the brand's index")
                               @Nullable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) @QueryValue String promiseId,
                               @Parameter(description = "A commitment of the promise; without it the series is the promise's score and status")
                               @Nullable @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY_PATTERN) @QueryValue String commitmentKey,
                               @Parameter(description = "Start (inclusive), default to − 90 days", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                               @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String from,
                               @Parameter(description = "End (exclusive), default now", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                               @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String to,
                               @Parameter(hidden = true) Caller caller) {
        if (commitmentKey != null && promiseId == null) {
            throw ProblemException.badRequest("commitmentKey", "needs promiseId: a commitment is one promise's");
        }
        HistoryRange range = HistoryRange.of(from, to, clock.instant(), DEFAULT_LENGTH);
        BrandScope.require(caller, brandId);
        Snapshot newest = store.find(brandId, null).orElseGet(() -> {
            knownBrands.register(brandId);
            throw BrandScope.noSnapshot(brandId);
        });
        List<TrendResponse.Point> points = store.dailyBetween(brandId, range.from(), range.to()).stream()
                .map(day -> TrendSeries.point(day, store.document(day), promiseId, commitmentKey)).toList();
        return new TrendResponse(SnapshotStamp.of(newest), promiseId, commitmentKey, range.from(), range.to(), points);
    }
}
