package io.brandbridge.promise.brands;

import java.util.Optional;

/** Data other features keep per brand, consulted when a brand is deleted. */
public interface BrandDependents {

    /** Why the brand must stay, e.g. "it still has 3 promises"; empty when deletion is fine. */
    default Optional<String> blockingReason(String brandId) {
        return Optional.empty();
    }

    /** Removes rows that go away with the brand. */
    default void deleteWith(String brandId) {
    }
}
