package io.brandbridge.touchpoint.journeys;

import jakarta.inject.Singleton;

import java.util.List;

/** The stored forms of a raw customerRef of a brand (every key version's, current first), for looking up its journeys. */
@Singleton
class CustomerPseudonyms {

    List<String> of(String brandId, String customerRef) {
        return List.of(customerRef);
    }
}
