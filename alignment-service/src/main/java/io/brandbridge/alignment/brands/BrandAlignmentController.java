package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.recompute.RecomputeConfiguration;
import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.recompute.UnknownBrand;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.VIEWER;

/**
 * A brand's alignment, always read from a stored snapshot (never computed on the request path), and
 * the on-demand recompute. Every answer carries asOf, computedAt and stale.
 */
@Controller("/api/v1/alignment/brands/{brandId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@Tag(name = "Alignment", description = "How well delivery keeps each promise: scores, error budgets, gaps, consistency and incentive conflicts, served from snapshots")
public class BrandAlignmentController {

    private static final String AS_OF_DOC = "Answer from the newest snapshot whose asOf is not after this instant (ISO-8601 with offset); default the newest";
    private static final String BRAND_ID_DOC = "The brand's id";
    /** Ids in paths: the characters of any id the platform issues; an unknown one answers 404. */
    private static final String ID_PARAMETER = "^[A-Za-z0-9_-]+$";
    /** How long a caller should wait before reading a running recompute's Location. */
    private static final String RETRY_AFTER_SECONDS = "10";

    private final SnapshotStore store;
    private final KnownBrands knownBrands;
    private final RecomputeService recomputes;
    private final RecomputeConfiguration configuration;
    private final Clock clock;

    public BrandAlignmentController(SnapshotStore store, KnownBrands knownBrands, RecomputeService recomputes, RecomputeConfiguration configuration,
                                    Clock clock) {
        this.store = store;
        this.knownBrands = knownBrands;
        this.recomputes = recomputes;
        this.configuration = configuration;
        this.clock = clock;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get
    @Operation(operationId = "getBrandAlignment", summary = "A brand's alignment index and promise summary",
            description = "Served from the newest snapshot (or the one for asOf). index = promise scores weighted by priority over promises "
                    + "with data. Answers 404 when the brand has no snapshot (yet; it is then computed by the next scheduled recompute) "
                    + "or is outside the caller's scope, and 400 when asOf is not an instant.")
    @ApiResponse(responseCode = "200", description = "The snapshot's summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandAlignmentResponse.class),
                    examples = @ExampleObject(name = "brand", value = ApiExamples.BRAND)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public BrandAlignmentResponse brand(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                        @Parameter(description = AS_OF_DOC, schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                        @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                                        @Parameter(hidden = true) Caller caller) {
        return BrandAlignmentResponse.from(snapshot(caller, brandId, asOf));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get("/promises/{promiseId}")
    @Operation(operationId = "getPromiseAlignment", summary = "One promise's commitment × touchpoint breakdown",
            description = "Every commitment pooled over its touchpoints (attainment, allowedBad, budgetRemaining, brokenPromises, excessBroken, "
                    + "score, burn rate and alert, status, consistency) and the same figures per touchpoint. Answers 404 when the brand has no "
                    + "snapshot or is outside the caller's scope, or the promise was not in force at the snapshot; 400 when asOf is not an instant.")
    @ApiResponse(responseCode = "200", description = "The promise as of the snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseAlignmentResponse.class),
                    examples = @ExampleObject(name = "promise", value = ApiExamples.PROMISE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public PromiseAlignmentResponse promise(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                            @Parameter(description = "The promise's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER)
                                            String promiseId,
                                            @Parameter(description = AS_OF_DOC, schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                            @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                                            @Parameter(hidden = true) Caller caller) {
        Snapshot snapshot = snapshot(caller, brandId, asOf);
        return store.document(snapshot).promises().stream()
                .filter(p -> p.promiseId().equals(promiseId))
                .findFirst()
                .map(p -> PromiseAlignmentResponse.from(snapshot, p))
                .orElseThrow(() -> ProblemException.notFound("Alignment of promise", promiseId));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get("/gaps")
    @Operation(operationId = "listGaps", summary = "Gaps ranked by customers let down beyond the error budget",
            description = "Every (promise, commitment, touchpoint) with at least minSample interactions whose attainment is below the objective, "
                    + "ranked by excessBroken, so the first gap is the one that lets down the most customers, each with a sentence a person "
                    + "can act on. Pages of one snapshot: "
                    + "pass nextCursor back as cursor; it is null on the last page. Answers 404 when the brand has no snapshot or is outside "
                    + "the caller's scope; 400 when asOf, limit or cursor is invalid, or the cursor's snapshot is no longer kept.")
    @ApiResponse(responseCode = "200", description = "One page of gaps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapsResponse.class),
                    examples = @ExampleObject(name = "gaps", value = ApiExamples.GAPS)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public GapsResponse gaps(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                             @Parameter(description = AS_OF_DOC + "; ignored with cursor", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                             @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                             @Parameter(description = "Page size, 1..200") @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                             @Parameter(description = "nextCursor of the previous page") @Nullable @Size(max = GapCursor.MAX_LENGTH)
                             @Pattern(regexp = GapCursor.PATTERN) @QueryValue String cursor,
                             @Parameter(hidden = true) Caller caller) {
        Snapshot snapshot;
        int offset = 0;
        if (cursor != null) {
            GapCursor position = GapCursor.decode(cursor);
            BrandScope.require(caller, brandId);
            snapshot = store.findById(position.snapshotId()).filter(s -> s.brandId().equals(brandId))
                    .orElseThrow(() -> ProblemException.badRequest("/cursor", "refers to a snapshot that is no longer kept; start again without cursor"));
            offset = position.offset();
        } else {
            snapshot = snapshot(caller, brandId, asOf);
        }
        List<Gap> all = store.document(snapshot).gaps();
        int end = Math.min(all.size(), offset + limit);
        List<Gap> page = offset >= all.size() ? List.of() : all.subList(offset, end);
        String next = end < all.size() ? GapCursor.encode(snapshot.id(), end) : null;
        return new GapsResponse(SnapshotStamp.of(snapshot), page, next);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get("/conflicts")
    @Operation(operationId = "listConflicts", summary = "Operational targets that work against the promises",
            description = "For each operational target and each commitment measured at the same touchpoint, the 2×2 table over interactions "
                    + "carrying both metrics; listed when p1 = P(kept | target met) < p0 − 0.05, both groups ≥ minSample and |z| ≥ 1.96, "
                    + "with a sentence a person can act on. Strongest (most negative z) first, at most " + ConflictsResponse.MAX_ITEMS + ". "
                    + "Answers 404 when the brand has no snapshot or is outside the caller's scope; 400 when asOf is not an instant.")
    @ApiResponse(responseCode = "200", description = "The conflicts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConflictsResponse.class),
                    examples = @ExampleObject(name = "conflicts", value = ApiExamples.CONFLICTS)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public ConflictsResponse conflicts(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                       @Parameter(description = AS_OF_DOC, schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                       @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                                       @Parameter(hidden = true) Caller caller) {
        Snapshot snapshot = snapshot(caller, brandId, asOf);
        return ConflictsResponse.from(snapshot, store.document(snapshot).conflicts());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get("/handoffs")
    @Operation(operationId = "getHandoffMatrix", summary = "Handoffs between touchpoints ranked by customers let down",
            description = "The snapshot's handoff matrix over the alignment.handoffs.window-days (30 by default) up to its asOf, over all the brand's "
                    + "touchpoints. A handoff is two consecutive contacts of one journey at different touchpoints; it is followed up when its later "
                    + "contact was (the same customer came back within 7 days). repeatRate = followedUp / count; customersLetDown = max(0, followedUp − "
                    + "round(count × oneContactRepeatRate)); ranked by customersLetDown, then repeatRate, then touchpoint ids, at most "
                    + HandoffsResponse.MAX_ITEMS + ", each with a sentence a person can act on. `matrix` says whether the snapshot holds one. Answers 404 "
                    + "when the brand has no snapshot or is outside the caller's scope; 400 when asOf is not an instant.")
    @ApiResponse(responseCode = "200", description = "The handoff matrix",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandoffsResponse.class),
                    examples = {@ExampleObject(name = "handoffs", value = ApiExamples.HANDOFFS),
                        @ExampleObject(name = "unanswered", value = ApiExamples.HANDOFFS_UNANSWERED)}))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public HandoffsResponse handoffs(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                     @Parameter(description = AS_OF_DOC, schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                     @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                                     @Parameter(hidden = true) Caller caller) {
        Snapshot snapshot = snapshot(caller, brandId, asOf);
        return HandoffsResponse.from(snapshot, store.handoffs(snapshot));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, PARTNER})
    @Get("/history")
    @Operation(operationId = "getAlignmentHistory", summary = "Daily trend of the index and promise scores",
            description = "The last snapshot of each day (in the brand's time zone) whose asOf is in [from, to); default the 30 days up to now, "
                    + "at most " + HistoryRange.MAX_DAYS + " days. Intraday snapshots are kept for a while, the last of each day for good. "
                    + "Answers 404 when the brand has no snapshot or is outside the caller's scope; 400 when from or to is not an instant, "
                    + "from is not before to, or the range is longer than " + HistoryRange.MAX_DAYS + " days.")
    @ApiResponse(responseCode = "200", description = "One point per day with a snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryResponse.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public HistoryResponse history(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                   @Parameter(description = "Start (inclusive), default to − 30 days", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                   @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String from,
                                   @Parameter(description = "End (exclusive), default now", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                   @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String to,
                                   @Parameter(hidden = true) Caller caller) {
        HistoryRange range = HistoryRange.of(from, to, clock.instant());
        Snapshot newest = snapshot(caller, brandId, null);
        List<HistoryResponse.Day> days = store.dailyBetween(brandId, range.from(), range.to()).stream().map(HistoryResponse.Day::from).toList();
        return new HistoryResponse(SnapshotStamp.of(newest), range.from(), range.to(), days);
    }

    @AllowedRoles({MARKETING, OPERATIONS})
    @Post("/recompute")
    @Operation(operationId = "recomputeBrandAlignment", summary = "Recompute a brand's alignment now",
            description = "Measures every promise in force at asOf (default now) over windows ending at asOf and stores the snapshot. "
                    + "If that is done within alignment.recompute.respond-within (25 s by default) it answers 200 with the snapshot's summary "
                    + "and Content-Location; otherwise 202 with Location (the overview with ?asOf=) while the recompute goes on. "
                    + "asOf is taken to the whole second. An asOf in the past backfills history. No body is read (anything sent is ignored). "
                    + "When promise-service or touchpoint-service is down it answers 503 and the last good snapshot is served with stale: true "
                    + "until a recompute succeeds; it also answers 503 with Retry-After, starting nothing, when alignment.recompute.on-demand-max "
                    + "(4 by default) on-demand recomputes are already running on this instance. Answers 404 when promise-service does not know the brand or it is outside the caller's "
                    + "scope; 400 when asOf is not an instant or is in the future.")
    @ApiResponse(responseCode = "200", description = "The new snapshot's summary",
            headers = @Header(name = HttpHeaders.CONTENT_LOCATION, description = "The overview of the new snapshot (?asOf=)", required = true,
                    schema = @Schema(type = "string", format = "uri-reference", maxLength = RecomputeLocation.MAX_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecomputeResponse.class),
                    examples = @ExampleObject(name = "recomputed", value = ApiExamples.RECOMPUTE)))
    @ApiResponse(responseCode = "202", description = "Still running; the snapshot will be readable at Location",
            headers = {
                @Header(name = HttpHeaders.LOCATION, description = "The overview of the snapshot once stored (?asOf=)", required = true,
                        schema = @Schema(type = "string", format = "uri-reference", maxLength = RecomputeLocation.MAX_LENGTH)),
                @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before reading Location", required = true,
                        schema = @Schema(type = "integer", format = "int32", minimum = RETRY_AFTER_SECONDS, maximum = RETRY_AFTER_SECONDS))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecomputeAccepted.class),
                    examples = @ExampleObject(name = "running", value = ApiExamples.ACCEPTED)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public HttpResponse<?> recompute(@Parameter(description = BRAND_ID_DOC) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                     @Parameter(description = "The instant to measure up to; default now", schema = @Schema(type = "string", format = "date-time", maxLength = Limits.INSTANT_LENGTH))
                                     @Nullable @Size(max = Limits.INSTANT_LENGTH) @QueryValue String asOf,
                                     @Parameter(hidden = true) Caller caller) {
        if (!BrandScope.mayAccess(caller, brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
        Instant now = clock.instant();
        Instant at = QueryInstants.parse("asOf", asOf);
        if (at != null && at.isAfter(now)) {
            throw ProblemException.badRequest("/asOf", "must not be in the future");
        }
        Instant asOfSecond = (at == null ? now : at).truncatedTo(ChronoUnit.SECONDS);
        String location = RecomputeLocation.of(brandId, asOfSecond);
        CompletableFuture<RecomputeService.Outcome> running = recomputes.start(brandId, asOfSecond);
        try {
            RecomputeService.Outcome outcome = running.get(configuration.respondWithin().toMillis(), TimeUnit.MILLISECONDS);
            return HttpResponse.ok(RecomputeResponse.from(outcome)).header(HttpHeaders.CONTENT_LOCATION, location);
        } catch (TimeoutException e) {
            return HttpResponse.accepted().body(new RecomputeAccepted(brandId, asOfSecond, RecomputeAccepted.RUNNING, location))
                    .header(HttpHeaders.LOCATION, location).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownBrand) {
                throw ProblemException.notFound("Brand", brandId);
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recomputing", e);
        }
    }

    private Snapshot snapshot(Caller caller, String brandId, @Nullable String asOf) {
        BrandScope.require(caller, brandId);
        Instant at = QueryInstants.parse("asOf", asOf);
        return store.find(brandId, at).orElseGet(() -> {
            // A brand asked about becomes known, so the next scheduled recompute computes it.
            knownBrands.register(brandId);
            throw BrandScope.noSnapshot(brandId);
        });
    }
}
