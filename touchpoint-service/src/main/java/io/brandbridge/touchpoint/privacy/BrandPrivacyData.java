package io.brandbridge.touchpoint.privacy;

import io.brandbridge.touchpoint.brands.BrandOwnedData;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;

/** A deleted brand's pseudonym keys (what remains can then be linked to no one) and its erasure records. */
@Singleton
class BrandPrivacyData implements BrandOwnedData {

    private final Pseudonyms pseudonyms;

    BrandPrivacyData(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    @Override
    public void deleteBrand(Connection connection, String brandId) throws SQLException {
        pseudonyms.deleteKeys(brandId);
        ErasureAudit.deleteBrand(connection, brandId);
    }
}
