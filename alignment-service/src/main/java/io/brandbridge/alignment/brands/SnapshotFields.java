package io.brandbridge.alignment.brands;

/** What every alignment answer says about the snapshot it comes from, worded once for the OpenAPI schemas. */
final class SnapshotFields {

    static final String AS_OF = "The instant the snapshot measures up to (windows end here)";
    static final String COMPUTED_AT = "When the snapshot was computed";
    static final String STALE = "True when the last recompute failed because a dependency was down; this is then the last good snapshot";
    static final String OUT_OF_DATE = "True when interactions of a day its windows cover were stored after it was computed; the scheduler "
            + "re-scores such days within its next round (within alignment.late-data.rescore-days, 400 by default)";
    static final String REVISED = "True when this computation replaced one whose data had changed since (late data re-scored it)";
    static final String INDEX = "Promise scores weighted by priority over promises with data, 0..100; null when no promise has data";
    /** What a zone id from promise-service may hold: region ids such as Europe/London, or offsets such as UTC+05:30. */
    static final String TIME_ZONE_PATTERN = "^[A-Za-z0-9~/._+:-]+$";
    static final int TIME_ZONE_LENGTH = 64;

    private SnapshotFields() {
    }
}
