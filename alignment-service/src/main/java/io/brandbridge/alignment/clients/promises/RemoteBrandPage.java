package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of promise-service's brand list. */
@Serdeable
public record RemoteBrandPage(@Nullable List<RemoteBrand> items, @Nullable String nextCursor) {

    public RemoteBrandPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
