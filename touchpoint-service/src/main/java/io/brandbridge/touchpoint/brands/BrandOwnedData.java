package io.brandbridge.touchpoint.brands;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Data kept per brand outside its touchpoints (pseudonym keys, erasure records), forgotten when the brand is deleted. A port,
 * so packages above this one (privacy) hand their brand data over without this package importing them.
 */
public interface BrandOwnedData {

    /** Deletes what the brand left, in the caller's transaction; nothing to delete is fine. */
    void deleteBrand(Connection connection, String brandId) throws SQLException;
}
