package io.brandbridge.touchpoint.privacy;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/** Published inside the retention's transaction before the interactions of these touchpoints that occurred before the cutoff are deleted. */
public record InteractionsExpiring(Connection connection, List<Integer> touchpointSeqs, Instant cutoff) {
}
