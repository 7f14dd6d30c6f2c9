package io.brandbridge.promise.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A touchpoint type a promise version covers, in the order the client gave. */
@MappedEntity("promise_touchpoint_type")
public record PromiseTouchpointType(@Id @GeneratedValue @Nullable Long id,
                                    String versionId,
                                    int position,
                                    TouchpointType touchpointType) {
}
