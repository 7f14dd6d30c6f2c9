package io.brandbridge.touchpoint.support;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;

/** Hand-written SQL in a transaction: a writer's in {@link Transactions#READ_COMMITTED}, its SQLException reported as what failed. */
public final class JdbcWork {

    /** Statements on the transaction's connection. */
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private JdbcWork() {
    }

    public static <T> T write(TransactionOperations<Connection> transactions, String failure, Work<T> work) {
        return transactions.execute(Transactions.READ_COMMITTED, status -> run(status.getConnection(), failure, work));
    }

    public static <T> T read(TransactionOperations<Connection> transactions, String failure, Work<T> work) {
        return transactions.executeRead(status -> run(status.getConnection(), failure, work));
    }

    private static <T> T run(Connection connection, String failure, Work<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }
}
