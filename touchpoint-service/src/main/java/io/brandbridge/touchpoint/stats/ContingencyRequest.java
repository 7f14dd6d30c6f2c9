package io.brandbridge.touchpoint.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "ContingencyRequest", example = """
        {"touchpointIds":["tp_k3v9x0q2m8r4t6w1y5z7"],"a":{"metric":"handle_seconds","op":"LE","threshold":180},"b":{"metric":"resolved_first_contact","op":"EQ","threshold":1},"from":"2026-10-04T00:00:00Z","to":"2026-11-01T00:00:00Z"}""")
public record ContingencyRequest(@NotEmpty @Size(max = 500) List<@NotBlank String> touchpointIds,
                                 @NotNull @Valid Predicate a,
                                 @NotNull @Valid Predicate b,
                                 @NotNull Instant from,
                                 @NotNull Instant to) {
}
