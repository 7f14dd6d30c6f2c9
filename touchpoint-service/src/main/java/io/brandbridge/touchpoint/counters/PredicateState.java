package io.brandbridge.touchpoint.counters;

/** BACKFILLING until the raw rows stored before registration are counted (rowsDone of rowsTotal), then READY. */
public enum PredicateState { BACKFILLING, READY }
