package io.brandbridge.touchpoint.privacy;

import java.sql.Connection;
import java.util.Set;

/**
 * Published inside the erasure's transaction after the interactions lost these pseudonyms, so what was
 * derived from the customer's link goes in the same commit.
 */
public record CustomerErased(Connection connection, String brandId, Set<String> pseudonyms) {
}
