package io.brandbridge.promise.data;

import java.sql.SQLException;

/** Recognises unique-key and foreign-key refusals, which a concurrent writer can cause after our own checks passed. */
public final class IntegrityViolations {

    private IntegrityViolations() {
    }

    public static boolean isCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
