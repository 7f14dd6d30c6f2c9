package io.brandbridge.alignment.clients.promises;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.alignment.clients.ContractText;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The fields of one promise version this service reads. */
@Serdeable
public record RemotePromise(String id,
                            @Nullable String brandId,
                            @Nullable String title,
                            @Nullable List<String> touchpointTypes,
                            @Nullable Integer priority,
                            @Nullable String status,
                            @Nullable Integer version,
                            @Nullable List<RemoteCommitment> commitments) implements CheckedAnswer {

    public RemotePromise {
        touchpointTypes = touchpointTypes == null ? List.of() : List.copyOf(touchpointTypes);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().id("id", id).optionalId("brandId", brandId)
                .optionalBetween("priority", priority, 1, 5)
                .optionalBetween("version", version, 1, Integer.MAX_VALUE)
                .rule(ContractText.nameOrAbsent(title), "title is not one line of at most " + Limits.NAME_LENGTH + " characters")
                .rule(commitments.size() <= Limits.COMMITMENTS, "commitments holds " + commitments.size() + ", more than " + Limits.COMMITMENTS)
                .rule(status == null || ContractNames.PROMISE_STATUSES.contains(status), "status (" + AnswerCheck.shown(String.valueOf(status)) + ") is not one of " + String.join(", ", ContractNames.PROMISE_STATUSES));
        for (int i = 0; i < touchpointTypes.size(); i++) {
            check.oneOf("touchpointTypes/" + i, touchpointTypes.get(i), ContractNames.TOUCHPOINT_TYPES);
        }
        return check.each("commitments", commitments).defects();
    }
}
