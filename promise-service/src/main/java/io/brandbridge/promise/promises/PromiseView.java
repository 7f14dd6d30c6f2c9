package io.brandbridge.promise.promises;

import io.brandbridge.defaults.conditional.ETags;

/** One stored version with its content, as the API shows it. */
record PromiseView(PromiseVersion version, PromiseContent content) {

    /** Changes with every change to the version row, including closing and retiring it. */
    String etag() {
        return ETags.of("promise", version.promiseId(), version.version(), version.revision());
    }
}
