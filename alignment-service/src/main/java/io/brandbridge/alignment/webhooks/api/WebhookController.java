package io.brandbridge.alignment.webhooks.api;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;

/**
 * A brand's webhook subscriptions and their delivery log. ADMIN, MARKETING and OPERATIONS manage them for brands in
 * scope, a PARTNER for the brands it was granted; a brand outside the caller's scope answers 404.
 */
@Controller("/api/v1/alignment/brands/{brandId}/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@AllowedRoles({MARKETING, OPERATIONS, PARTNER})
@Tag(name = "Webhooks", description = "Signed notifications (Standard Webhooks) when a promise's standing changes; see the "
        + "alignment-service README, section Webhooks, for every event and how to verify a delivery")
class WebhookController {

    private static final String BRAND_ID = "The brand's id";
    private static final String WEBHOOK_ID = "The subscription's id";
    private static final String ID_PARAMETER = "^[A-Za-z0-9_-]+$";
    private static final String ETAG_PATTERN = "^\"whk_[0-9a-hjkmnp-tv-z]{20}-[0-9]{1,10}\"$";
    private static final String IF_MATCH = "Apply only if the subscription is still in the state this ETag names (412 otherwise)";
    private static final String CURSOR_PATTERN = "^[A-Za-z0-9_-]+$";
    // Answers with nulls: the generator would drop them from annotation examples (src/main/openapi/webhook-examples.yml).
    private static final String EXAMPLES = "#/components/examples/";
    private static final String SCOPE = " 404 when the brand or the subscription does not exist or is outside the caller's scope.";

    private final WebhookService service;

    WebhookController(WebhookService service) {
        this.service = service;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe to a brand's events",
            description = "Stores the subscription and answers its signing secret (`whsec_…`), shown only here. Each delivery is a POST "
                    + "of a JSON event with the Standard Webhooks headers webhook-id, webhook-timestamp and webhook-signature. The URL must "
                    + "be https and every address its host resolves to public (hosts on the service's allowlist excepted); a refused URL "
                    + "or an unknown event type answers 422 naming the field and the reason. 409 when the brand already has the most "
                    + "subscriptions one brand may have (50). 404 when the brand does not exist or is outside the caller's scope.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "webhook", value = WebhookExamples.REQUEST)))
    @ApiResponse(responseCode = "201", description = "Subscribed; `Location` points at the subscription",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new subscription",
                    schema = @Schema(type = "string", maxLength = 200, pattern = "^/api/v1/alignment/brands/[A-Za-z0-9_-]+/webhooks/whk_[0-9a-hjkmnp-tv-z]{20}$")),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Names this version of the subscription",
                            schema = @Schema(type = "string", maxLength = 40, pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class),
                    examples = @ExampleObject(name = "created", ref = EXAMPLES + "WebhookWithSecret")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.Unprocessable
    HttpResponse<WebhookSecret> create(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                       @Valid @Body WebhookRequest request,
                                       @Parameter(hidden = true) Caller caller) {
        WebhookSecret created = service.create(brandId, request, caller);
        return HttpResponse.created(created, URI.create("/api/v1/alignment/brands/" + brandId + "/webhooks/" + created.webhook().id()))
                .header(HttpHeaders.ETAG, created.webhook().etag());
    }

    @Get
    @Operation(operationId = "listWebhooks", summary = "List a brand's webhook subscriptions",
            description = "Oldest first, without secrets. Pass `nextCursor` back as `cursor` for the next page; it is null on the last page. "
                    + "404 when the brand is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "One page of subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class),
                    examples = @ExampleObject(name = "page", ref = EXAMPLES + "WebhookPage")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<Webhook> list(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                               @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = "Most items in one page") int limit,
                               @QueryValue @Nullable @Size(max = 512) @Pattern(regexp = CURSOR_PATTERN)
                               @Parameter(description = "The `nextCursor` of the page before") String cursor,
                               @Parameter(hidden = true) Caller caller) {
        return service.list(brandId, limit, cursor, caller);
    }

    @Get("/{webhookId}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "The subscription without its secret; state and problem say whether deliveries are failing." + SCOPE)
    @AnswersWebhook
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<Webhook> get(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                      @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                                      @Parameter(hidden = true) Caller caller) {
        return withETag(service.get(brandId, webhookId, caller));
    }

    @Put(value = "/{webhookId}", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhook", summary = "Replace a webhook subscription",
            description = "Replaces url, events, description and enabled; the secret stays. `enabled: false` pauses deliveries (they wait "
                    + "in order); true, or leaving it out, resumes them and clears a disabled state. With `If-Match` the change applies only "
                    + "to the state it names (412 otherwise); without one, a change that races another answers 409. A refused URL or "
                    + "event type answers 422 naming the field." + SCOPE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "webhook", value = WebhookExamples.REQUEST)))
    @AnswersWebhook
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.Unprocessable
    HttpResponse<Webhook> update(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                         @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                                         @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = 200) @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                                         @Parameter(description = IF_MATCH) String ifMatch,
                                         @Valid @Body WebhookRequest request,
                                         @Parameter(hidden = true) Caller caller) {
        return withETag(service.replace(brandId, webhookId, ifMatch, request, caller));
    }

    @Delete("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Deletes the subscription and its delivery log; pending deliveries are not sent. 412 when `If-Match` names a state "
                    + "that is no longer current." + SCOPE)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    HttpResponse<Void> delete(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                              @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                              @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = 200) @Pattern(regexp = SchemaPatterns.SINGLE_LINE)
                              @Parameter(description = IF_MATCH) String ifMatch,
                              @Parameter(hidden = true) Caller caller) {
        service.delete(brandId, webhookId, ifMatch, caller);
        return HttpResponse.noContent();
    }

    @Post("/{webhookId}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Start a new signing secret",
            description = "Answers the new secret, shown only here. For the next 24 hours every delivery carries two signatures in "
                    + "webhook-signature, one with each secret, so the receiver can switch without losing one; then only the new one signs. "
                    + "Rotating again within the 24 hours retires the oldest secret at once." + SCOPE)
    @ApiResponse(responseCode = "200", description = "The subscription and its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class),
                    examples = @ExampleObject(name = "rotated", ref = EXAMPLES + "WebhookWithSecret")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    WebhookSecret rotate(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                         @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                         @Parameter(hidden = true) Caller caller) {
        return service.rotate(brandId, webhookId, caller);
    }

    @Post("/{webhookId}/test")
    @Operation(operationId = "testWebhook", summary = "Send a ping",
            description = "Queues a `ping` event for this subscription only, behind its other pending deliveries; the delivery log shows "
                    + "how the receiver answered. 409 when the subscription is disabled." + SCOPE)
    @QueuedDelivery
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<DeliveryResponse> test(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                        @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                                        @Parameter(hidden = true) Caller caller) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(service.ping(brandId, webhookId, caller));
    }

    @Get("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription",
            description = "Newest first: every delivery with its attempts (status code, duration, error) and, while pending, when the next "
                    + "attempt is due. Bodies are kept for 7 days; the log for 30. Pass `nextCursor` back as `cursor` for older ones." + SCOPE)
    @ApiResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "page", ref = EXAMPLES + "WebhookDeliveryPage")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<DeliveryResponse> deliveries(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                      @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                                      @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = "Most items in one page") int limit,
                                      @QueryValue @Nullable @Size(max = 512) @Pattern(regexp = CURSOR_PATTERN)
                                      @Parameter(description = "The `nextCursor` of the page before") String cursor,
                                      @Parameter(hidden = true) Caller caller) {
        return service.deliveries(brandId, webhookId, limit, cursor, caller);
    }

    @Post("/{webhookId}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again",
            description = "Queues the same event again, with the same webhook-id and body, behind the subscription's other pending "
                    + "deliveries. 409 when its body is no longer kept (7 days) or the subscription is disabled; 404 when the delivery is "
                    + "not this subscription's." + SCOPE)
    @QueuedDelivery
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<DeliveryResponse> redeliver(@Parameter(description = BRAND_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String brandId,
                                             @Parameter(description = WEBHOOK_ID) @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER) String webhookId,
                                             @Parameter(description = "The delivery's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER)
                                             String deliveryId,
                                             @Parameter(hidden = true) Caller caller) {
        return HttpResponse.status(HttpStatus.ACCEPTED).body(service.redeliver(brandId, webhookId, deliveryId, caller));
    }

    private static HttpResponse<Webhook> withETag(Webhook webhook) {
        return HttpResponse.ok(webhook).header(HttpHeaders.ETAG, webhook.etag());
    }

    // Names the page schemas in the OpenAPI document; the wire shape is Page.
    @Schema(name = "WebhookPage", description = "One page of a brand's webhook subscriptions, oldest first")
    record WebhookPage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                       List<Webhook> items,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 512, pattern = CURSOR_PATTERN,
                               description = "Pass back as `cursor` for the next page; null on the last page") @Nullable String nextCursor) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "One page of a subscription's deliveries, newest first")
    record DeliveryPage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                        List<DeliveryResponse> items,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = 512, pattern = CURSOR_PATTERN,
                                description = "Pass back as `cursor` for older deliveries; null on the last page") @Nullable String nextCursor) {
    }

    /** The 200 of a read or a replace: the subscription and its ETag. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The subscription and its current `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Names this version of the subscription",
                    schema = @Schema(type = "string", maxLength = 40, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class),
                    examples = @ExampleObject(name = "webhook", ref = EXAMPLES + "Webhook")))
    @interface AnswersWebhook {
    }

    /** The 202 of a ping or a redelivery: the delivery as queued. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "202", description = "Queued; the delivery log shows how it went",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class),
                    examples = @ExampleObject(name = "queued", ref = EXAMPLES + "WebhookDeliveryQueued")))
    @interface QueuedDelivery {
    }
}
