package io.brandbridge.defaults.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each invalid field by JSON pointer. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "An RFC 9457 problem document", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record Problem(@Schema(description = "What kind of problem this is: a URI naming it", maxLength = 200, pattern = "^(about:blank|https://[^\\s]+)$",
                              requiredMode = Schema.RequiredMode.REQUIRED, example = "https://brandbridge.io/problems/not-found")
                      String type,
                      @Schema(description = "The HTTP reason phrase", maxLength = 100, pattern = TEXT,
                              requiredMode = Schema.RequiredMode.REQUIRED, example = "Not Found")
                      String title,
                      @Schema(description = "The HTTP status", minimum = "400", maximum = "599",
                              requiredMode = Schema.RequiredMode.REQUIRED, example = "404")
                      int status,
                      @Schema(description = "What went wrong with this request, in plain words", maxLength = 2000, pattern = TEXT)
                      @Nullable String detail,
                      @Schema(description = "The path of the request", maxLength = 2048, pattern = TEXT)
                      @Nullable String instance,
                      @Schema(description = "The request id, also in `X-Request-Id`; quote it when reporting a problem", maxLength = 128, pattern = TEXT)
                      @Nullable String requestId,
                      @ArraySchema(arraySchema = @Schema(description = "Each invalid field, by JSON pointer"), maxItems = 1000)
                      @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TEXT = SchemaPatterns.SINGLE_LINE;

    @Serdeable
    @Schema(description = "One invalid field", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record FieldError(@Schema(description = "JSON pointer to the field (RFC 6901), or the parameter name", maxLength = 512, pattern = TEXT,
                                     requiredMode = Schema.RequiredMode.REQUIRED, example = "/name")
                             String pointer,
                             @Schema(description = "What is wrong with it", maxLength = 1000, pattern = TEXT,
                                     requiredMode = Schema.RequiredMode.REQUIRED, example = "must not be blank")
                             String message) {
    }
}
