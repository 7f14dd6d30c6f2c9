package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer to erase, as the brand's systems know it: the raw customerRef that was pushed, never its pseudonym. */
@Serdeable
@Schema(name = "ErasureRequest", example = ErasureExamples.REQUEST)
public record ErasureRequest(@NotBlank @Size(max = MAX_CUSTOMER_REF)
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = SchemaPatterns.SINGLE_LINE,
                                     description = "The customerRef as pushed with the interactions; it is hashed and never stored or logged")
                             String customerRef) {

    /** The longest customerRef ingest accepts. */
    static final int MAX_CUSTOMER_REF = 128;
}
