package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.ingest.BodyProblems;
import io.brandbridge.touchpoint.ingest.IngestFormats;
import io.brandbridge.touchpoint.ingest.IngestPreview;
import io.brandbridge.touchpoint.ingest.MappingProfiles;
import io.brandbridge.touchpoint.ingest.PreviewReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{touchpointId}/mappings")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Mapping profiles", description = "Named profiles that read a touchpoint's CSV and JSON exports of any shape (`?mapping=<name>`)")
@ProblemAnswers.Guarded
class MappingProfileController {

    private static final String SHAPE = " See the touchpoint-service README, section Mapping profiles, for the shape and every transform. "
            + "A bad profile answers 422 naming each bad field by JSON pointer. 404 when the touchpoint does not exist or is outside "
            + "the caller's scope.";
    private static final String LOCATION_PATTERN = "^/api/v1/touchpoints/[a-z]+_[0-9a-hjkmnp-tv-z]{20}/mappings/[a-z][a-z0-9-]{0,63}$";

    private final MappingProfileService service;
    private final IngestPreview preview;

    MappingProfileController(MappingProfileService service, IngestPreview preview) {
        this.service = service;
        this.preview = preview;
    }

    @AllowedRoles({OPERATIONS, INTEGRATOR})
    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMappingProfile", summary = "Create a mapping profile",
            description = "Stores a named profile (version 1) that maps an export's columns or JSON paths to interaction fields, "
                    + "metrics and attributes; a push uses it with `?mapping=<name>`. A name the touchpoint already has answers 409." + SHAPE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MappingProfileRequest.class), examples = @ExampleObject(name = "csv", value = MappingExamples.REQUEST)))
    @ApiResponse(responseCode = "201", description = "Created; `Location` points at the new profile and `ETag` names its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new profile",
                            schema = @Schema(type = "string", maxLength = 200, pattern = LOCATION_PATTERN)),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                            schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingProfileResponse.class),
                    examples = @ExampleObject(name = "profile", value = MappingExamples.PROFILE)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.Unprocessable
    HttpResponse<MappingProfileResponse> create(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                                @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                                @Body MappingProfileRequest request,
                                                @Parameter(hidden = true) Caller caller) {
        StoredProfile created = service.create(touchpointId, request, caller);
        return HttpResponse.created(MappingProfileResponse.from(created),
                        URI.create("/api/v1/touchpoints/" + touchpointId + "/mappings/" + created.name()))
                .header(HttpHeaders.ETAG, created.etag());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR})
    @Get
    @Operation(operationId = "listMappingProfiles", summary = "List a touchpoint's mapping profiles",
            description = "The touchpoint's profiles in name order; 404 when the touchpoint does not exist or is outside the caller's scope. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is null on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of profiles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingProfilePage.class),
                    examples = @ExampleObject(name = "page", value = MappingExamples.PAGE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<MappingProfileResponse> list(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                      @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                      @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = ApiDocs.LIMIT) int limit,
                                      @QueryValue @Nullable @Size(max = ApiDocs.MAX_CURSOR) @Pattern(regexp = ApiDocs.CURSOR_PATTERN)
                                      @Parameter(description = ApiDocs.CURSOR) String cursor,
                                      @Parameter(hidden = true) Caller caller) {
        return service.list(touchpointId, limit, cursor, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR})
    @Get("/{name}")
    @Operation(operationId = "getMappingProfile", summary = "Get a mapping profile",
            description = "The profile and its `ETag`; 404 when the touchpoint or the profile does not exist or is outside the caller's "
                    + "scope. With `If-None-Match` naming the current `ETag` the answer is 304 without a body.")
    @AnswersWithETag
    @ApiDocs.NotModified
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<MappingProfileResponse> get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                             @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                             @PathVariable @Size(max = 64) @Pattern(regexp = MappingProfiles.NAME)
                                             @Parameter(description = "Profile name", example = "acd-export") String name,
                                             // Answered by NotModifiedFilter; bound here so that it is documented and checked.
                                             @Header(HttpHeaders.IF_NONE_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                             @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                                             @Parameter(description = ApiDocs.IF_NONE_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifNoneMatch,
                                             @Parameter(hidden = true) Caller caller) {
        return withETag(service.get(touchpointId, name, caller));
    }

    @AllowedRoles({OPERATIONS, INTEGRATOR})
    @Put(value = "/{name}", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMappingProfile", summary = "Replace a mapping profile",
            description = "Replaces the whole definition and raises `version` by one; `name` in the body has no effect. Pushes that "
                    + "already started keep the version they read; later pushes use the new one. With `If-Match` the change applies "
                    + "only to the state it names (412 otherwise); without one, a change that races another answers 409." + SHAPE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MappingProfileRequest.class), examples = @ExampleObject(name = "csv", value = MappingExamples.REQUEST)))
    @AnswersWithETag
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.Unprocessable
    HttpResponse<MappingProfileResponse> update(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                                @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                                @PathVariable @Size(max = 64) @Pattern(regexp = MappingProfiles.NAME)
                                                @Parameter(description = "Profile name", example = "acd-export") String name,
                                                @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                                @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                                                @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                                                @Body MappingProfileRequest request,
                                                @Parameter(hidden = true) Caller caller) {
        return withETag(service.update(touchpointId, name, ifMatch, request, caller));
    }

    @AllowedRoles({OPERATIONS, INTEGRATOR})
    @Delete("/{name}")
    @Operation(operationId = "deleteMappingProfile", summary = "Delete a mapping profile",
            description = "Deletes the profile; stored interactions stay. 404 when the touchpoint or the profile does not exist or is outside "
                    + "the caller's scope; 412 when `If-Match` names a state that is no longer current; 409 when, without `If-Match`, it "
                    + "changed while the request ran.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    HttpResponse<Void> delete(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                              @PathVariable @Size(max = 64) @Pattern(regexp = MappingProfiles.NAME)
                              @Parameter(description = "Profile name", example = "acd-export") String name,
                              @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                              @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                              @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                              @Parameter(hidden = true) Caller caller) {
        service.delete(touchpointId, name, ifMatch, caller);
        return HttpResponse.noContent();
    }

    @AllowedRoles({OPERATIONS, INTEGRATOR})
    @Post(value = "/{name}/preview", consumes = {MediaType.APPLICATION_JSON, IngestFormats.NDJSON, IngestFormats.CSV},
            produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewMappingProfile", summary = "Preview what a push through a mapping profile would store",
            description = "Reads the first 100 records of the body through the profile, exactly as `POST .../interactions?mapping=<name>` "
                    + "would, and answers each valid record as the push would store it (occurredAt in UTC; customerRef as given, "
                    + "where the push stores its pseudonym) and every per-row error in the push report's shape. Nothing is stored, and "
                    + "duplicates of stored records are not looked up. `more` is true when the body had more records. The same "
                    + "request-level answers as the push: 400 for an empty body, malformed JSON or a CSV header missing a mapped column; "
                    + "404 for an unknown touchpoint or profile; 415 for a media type the profile does not read.")
    @RequestBody(required = true, content = {
            @Content(mediaType = IngestFormats.CSV, schema = @Schema(type = "string", maxLength = 67_108_864,
                    pattern = SchemaPatterns.MULTILINE, description = "A header row, then one record per row"),
                    examples = @ExampleObject(name = "csv", value = MappingExamples.CSV)),
            @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(type = "object",
                    description = "An object of the export"), maxItems = 100_000,
                    arraySchema = @Schema(description = "An array of the export's objects; a single object is accepted too"))),
            @Content(mediaType = IngestFormats.NDJSON, schema = @Schema(type = "string", maxLength = 67_108_864,
                    pattern = SchemaPatterns.MULTILINE, description = "One object of the export per line"))})
    @ApiResponse(responseCode = "200", description = "What the first records would become",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewReport.class),
                    examples = @ExampleObject(name = "preview", value = MappingExamples.PREVIEW)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    PreviewReport preview(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                          @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                          @PathVariable @Size(max = 64) @Pattern(regexp = MappingProfiles.NAME)
                          @Parameter(description = "Profile name", example = "acd-export") String name,
                          HttpRequest<?> request,
                          @Parameter(hidden = true) @Nullable @Body InputStream body,
                          @Parameter(hidden = true) Caller caller) {
        if (body == null) {
            throw BodyProblems.empty();
        }
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return preview.previewMapping(touchpointId, type, body, name, caller);
    }

    private static HttpResponse<MappingProfileResponse> withETag(StoredProfile profile) {
        return HttpResponse.ok(MappingProfileResponse.from(profile)).header(HttpHeaders.ETAG, profile.etag());
    }

    // Names the page schema in the OpenAPI document; the wire shape is Page.
    @Schema(name = "MappingProfilePage", description = "One page of a touchpoint's mapping profiles in name order")
    record MappingProfilePage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                              List<MappingProfileResponse> items,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_CURSOR,
                                      pattern = ApiDocs.CURSOR_PATTERN, description = "Pass back as `cursor` for the next page; null on the last page")
                              @Nullable String nextCursor) {
    }

    /** The 200 of a read or a replace: the profile and its current ETag. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The mapping profile and its current `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MappingProfileResponse.class),
                    examples = @ExampleObject(name = "profile", value = MappingExamples.PROFILE)))
    @interface AnswersWithETag {
    }
}
