package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.brandbridge.defaults.json.JsonReadLimits;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;

/** Request-level failures of an ingest body, each answered as a problem and storing nothing. */
public final class BodyProblems {

    private BodyProblems() {
    }

    public static ProblemException empty() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "The request body is empty: send at least one record");
    }

    public static ProblemException tooManyRecords(int max) {
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "A request may carry at most " + max + " records; split the batch (replaying records is safe)");
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail);
    }

    public static ProblemException malformedJson(JsonProcessingException e) {
        return malformed("The body " + JsonReadLimits.describe(e) + "; nothing was stored");
    }

    /** The body ran past the server's size limit while it was being read. */
    public static boolean isOverSizeLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ContentLengthExceededException) {
                return true;
            }
        }
        return false;
    }

    public static ProblemException overSizeLimit() {
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "The request body is over the size limit; split the batch (replaying records is safe)");
    }
}
