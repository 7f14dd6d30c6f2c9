package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.alignment.clients.ContractText;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The fields of touchpoint-service's Touchpoint this service reads. */
@Serdeable
public record RemoteTouchpoint(String id, @Nullable String brandId, @Nullable String type, @Nullable String name) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        return new AnswerCheck().id("id", id).optionalId("brandId", brandId).oneOf("type", type, ContractNames.TOUCHPOINT_TYPES)
                .rule(ContractText.nameOrAbsent(name), "name is not one line of at most " + Limits.NAME_LENGTH + " characters").defects();
    }
}
