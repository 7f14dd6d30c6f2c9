package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.privacy.Pseudonymiser;
import io.brandbridge.touchpoint.privacy.Pseudonyms;

/** Replaces one push's raw customerRefs by their pseudonyms; the brand's keys are read at the first record that has one. */
final class CustomerHashing {

    private final Pseudonyms pseudonyms;
    private final String brandId;
    private Pseudonymiser hasher;

    CustomerHashing(Pseudonyms pseudonyms, String brandId) {
        this.pseudonyms = pseudonyms;
        this.brandId = brandId;
    }

    ValidRecord apply(ValidRecord record) {
        if (record.customerRef() == null) {
            return record;
        }
        if (hasher == null) {
            hasher = pseudonyms.forBrand(brandId);
        }
        return record.pseudonymised(hasher);
    }
}
