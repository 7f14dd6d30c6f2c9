package io.brandbridge.promise.promises;

/** DRAFT is edited in place, ACTIVE is edited by adding versions, RETIRED is read-only. */
public enum PromiseStatus {
    DRAFT, ACTIVE, RETIRED
}
