package io.brandbridge.touchpoint.touchpoints;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Touchpoint")
public record TouchpointResponse(String id,
                                 String brandId,
                                 TouchpointType type,
                                 String name,
                                 String owner,
                                 String region,
                                 @Nullable @Schema(nullable = true) String vendor,
                                 String timeZone,
                                 Instant createdAt) {

    public static TouchpointResponse from(Touchpoint t) {
        return new TouchpointResponse(t.id(), t.brandId(), t.type(), t.name(), t.owner(), t.region(), t.vendor(), t.timeZone(), t.createdAt());
    }
}
