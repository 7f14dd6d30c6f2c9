package io.brandbridge.alignment.brands;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.problem.ProblemException;

/** Position in one snapshot's gap list, so paging is stable while new snapshots arrive. */
record GapCursor(String snapshotId, int offset) {

    /** What a cursor may look like: base64url without padding, as {@link Cursors} writes it. */
    static final String PATTERN = "^[A-Za-z0-9_-]+$";
    static final int MAX_LENGTH = 512;

    static String encode(String snapshotId, int offset) {
        return Cursors.encode(snapshotId + ":" + offset);
    }

    static GapCursor decode(String cursor) {
        String key = Cursors.decode(cursor);
        int colon = key.lastIndexOf(':');
        try {
            if (colon > 0) {
                int offset = Integer.parseInt(key.substring(colon + 1));
                if (offset >= 0) {
                    return new GapCursor(key.substring(0, colon), offset);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
    }
}
