package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.privacy.Pseudonyms;
import jakarta.inject.Singleton;

import java.util.List;

/** The stored forms of a raw customerRef of a brand (every key version's, current first), for looking up its journeys. */
@Singleton
class CustomerPseudonyms {

    private final Pseudonyms pseudonyms;

    CustomerPseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    List<String> of(String brandId, String customerRef) {
        return pseudonyms.allOf(brandId, customerRef);
    }
}
