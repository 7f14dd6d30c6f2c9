package io.brandbridge.alignment.clients.promises;

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
                            @Nullable List<RemoteCommitment> commitments) {

    public RemotePromise {
        touchpointTypes = touchpointTypes == null ? List.of() : List.copyOf(touchpointTypes);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
