package io.brandbridge.touchpoint.support;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.support.DefaultTransactionDefinition;

/** The transaction every writer of interactions and counters uses, so each statement sees what others committed before it. */
public final class Transactions {

    public static final TransactionDefinition READ_COMMITTED = readCommitted();

    private Transactions() {
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }
}
