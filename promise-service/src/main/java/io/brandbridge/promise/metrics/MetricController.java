package io.brandbridge.promise.metrics;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.brands.BrandAccess;
import io.brandbridge.promise.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Metrics", description = "The metric catalogue commitments measure: standard metrics plus each brand's custom ones")
@ProblemAnswers.Guarded
class MetricController {

    private final MetricCatalogue catalogue;
    private final MetricService service;
    private final BrandAccess brands;

    MetricController(MetricCatalogue catalogue, MetricService service, BrandAccess brands) {
        this.catalogue = catalogue;
        this.service = service;
        this.brands = brands;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/metrics")
    @Operation(operationId = "listMetrics", summary = "List the metric catalogue",
            description = "The standard metrics (DESIGN 3.1) and, with `brandId`, that brand's custom metrics: standard ones first, "
                    + "each group ordered by key. `derived` marks the standard metrics the platform computes from journeys "
                    + "(`repeat_contact_7d`, `handed_off`, `journey_contacts`, `journey_handoffs`, `journey_touchpoints`, "
                    + "`journey_hours`); touchpoints push the others. Without `brandId` only the standard metrics are listed; "
                    + "a `brandId` outside the caller's scope answers 404. `nextCursor` is null on the last page." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of metrics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricPage.class),
                    examples = @ExampleObject(name = "page", ref = ApiDocs.EXAMPLES + "MetricPage")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<MetricResponse> list(@Parameter(hidden = true) Caller caller,
                              @Parameter(description = "Also list this brand's custom metrics") @Nullable @QueryValue
                              @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                              @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                              @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue @Size(max = ApiDocs.CURSOR_MAX)
                              @Pattern(regexp = ApiDocs.CURSOR_PATTERN, message = ApiDocs.CURSOR_MESSAGE) String cursor) {
        if (brandId != null) {
            brands.require(caller, brandId);
        }
        String after = cursor == null ? "" : Cursors.decode(cursor);
        // The catalogue of one brand is small, so it is paged in memory over its stable order.
        List<CatalogueMetric> rest = catalogue.list(brandId).stream()
                .filter(metric -> MetricCatalogue.sortKey(metric).compareTo(after) > 0)
                .limit(limit + 1L)
                .toList();
        return Page.of(rest, limit, MetricCatalogue::sortKey, MetricResponse::from);
    }

    @AllowedRoles(MARKETING)
    @Post("/brands/{brandId}/metrics")
    @Operation(operationId = "createMetric", summary = "Add a custom metric to a brand",
            description = "Adds a metric the brand's commitments may measure. The key must not be a standard metric's (derived "
                    + "ones included) or another custom metric's of the brand (409)." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateMetricRequest.class), examples = @ExampleObject(name = "metric", ref = ApiDocs.EXAMPLES + "MetricRequest")))
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the metric",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new metric",
                    schema = @Schema(type = "string", format = "uri-reference", maxLength = ApiDocs.LOCATION_MAX)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricResponse.class),
                    examples = @ExampleObject(name = "metric", ref = ApiDocs.EXAMPLES + "CustomMetric")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<MetricResponse> create(@Parameter(hidden = true) Caller caller,
                                        @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                                        @Body @Valid CreateMetricRequest request) {
        CatalogueMetric metric = service.create(caller, brandId, request);
        return HttpResponse.created(MetricResponse.from(metric))
                .header(HttpHeaders.LOCATION, "/api/v1/brands/" + brandId + "/metrics/" + metric.key());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/brands/{brandId}/metrics/{metricKey}")
    @Operation(operationId = "getMetric", summary = "Get one metric of a brand's catalogue",
            description = "A standard metric or one of the brand's custom metrics; an unknown key answers 404." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The metric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricResponse.class),
                    examples = @ExampleObject(name = "metric", ref = ApiDocs.EXAMPLES + "CustomMetric")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    MetricResponse get(@Parameter(hidden = true) Caller caller,
                       @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                       @PathVariable @Size(max = MetricKeys.MAX_LENGTH) @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String metricKey) {
        return MetricResponse.from(service.get(caller, brandId, metricKey));
    }

    @AllowedRoles(MARKETING)
    @Delete("/brands/{brandId}/metrics/{metricKey}")
    @Operation(operationId = "deleteMetric", summary = "Delete a custom metric",
            description = "Refused with 409 for a standard metric and while any version of any promise of the brand has a "
                    + "commitment measuring it (versions stay readable forever, so they keep their metrics)." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<Void> delete(@Parameter(hidden = true) Caller caller,
                              @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                              @PathVariable @Size(max = MetricKeys.MAX_LENGTH) @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String metricKey) {
        service.delete(caller, brandId, metricKey);
        return HttpResponse.noContent();
    }

    /** Names the page schema in the OpenAPI document; the wire shape is {@link Page}. */
    @Schema(name = "MetricPage", description = "One page of the metric catalogue")
    record MetricPage(@ArraySchema(arraySchema = @Schema(description = "This page's metrics, at most `limit`",
                              requiredMode = Schema.RequiredMode.REQUIRED), maxItems = Page.MAX_LIMIT) List<MetricResponse> items,
                      @Schema(description = ApiDocs.NEXT_CURSOR, nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
                              maxLength = ApiDocs.CURSOR_MAX, pattern = ApiDocs.CURSOR_PATTERN) @Nullable String nextCursor) {
    }
}
