package io.brandbridge.touchpoint.targets;

/** COST targets keep operations cheap; SERVICE targets keep them good for the customer. */
public enum TargetKind {
    COST, SERVICE
}
