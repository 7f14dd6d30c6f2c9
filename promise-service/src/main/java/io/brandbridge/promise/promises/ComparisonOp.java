package io.brandbridge.promise.promises;

/** How an interaction's value is compared with a commitment's threshold. */
public enum ComparisonOp {
    LT, LE, GT, GE, EQ
}
