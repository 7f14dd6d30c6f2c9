package io.brandbridge.touchpoint.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Reads records one at a time from a request body, never holding more than one record. */
public interface RecordSource extends Closeable {

    /** The next record, or null at the end of the body. */
    RawRecord next() throws IOException;
}
