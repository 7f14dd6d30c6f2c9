package io.brandbridge.touchpoint.support;

import java.sql.SQLException;

/** Classifies driver errors the same way on H2, MariaDB and MySQL. */
public final class SqlErrors {

    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final int H2_DUPLICATE_KEY = 23505;

    private SqlErrors() {
    }

    /** A unique or primary key already holds the value. */
    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getErrorCode() == MYSQL_DUPLICATE_KEY || e.getErrorCode() == H2_DUPLICATE_KEY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A lock wait timeout: only the statement failed (InnoDB keeps the transaction unless innodb_rollback_on_timeout), so it may be
     * tried again in the same transaction. Not a deadlock: InnoDB has rolled back the whole transaction then.
     */
    public static boolean isLockWaitTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == MYSQL_LOCK_WAIT_TIMEOUT || code == H2_LOCK_TIMEOUT || "HYT00".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A lock wait timeout or a deadlock: the operation may succeed when tried again (after a deadlock, as a new transaction). */
    public static boolean isLockConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                int code = sql.getErrorCode();
                if (code == MYSQL_LOCK_WAIT_TIMEOUT || code == MYSQL_DEADLOCK || code == H2_LOCK_TIMEOUT
                        || state.startsWith("40") || "HYT00".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
