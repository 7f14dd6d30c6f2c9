package io.brandbridge.touchpoint.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a client sets on a touchpoint; the id, brand and timestamps are the service's. */
@Serdeable
@Schema(name = "TouchpointRequest", example = """
        {"type":"CALL_CENTRE","name":"Leeds contact centre","owner":"Customer Operations","region":"UK-North","vendor":"Acme BPO","timeZone":"Europe/London"}""")
public record TouchpointRequest(@NotNull TouchpointType type,
                                @NotBlank @Size(max = 200) String name,
                                @NotBlank @Size(max = 200) String owner,
                                @NotBlank @Size(max = 100) String region,
                                @Nullable @Size(max = 200) String vendor,
                                @Nullable @Size(max = 64) @Schema(description = "IANA zone; UTC when absent", example = "Europe/London") String timeZone) {
}
