package io.brandbridge.alignment.scoring;

/** How a commitment's window is laid out: the last N days, or the calendar week or month so far. */
public enum WindowType {
    ROLLING_DAYS, CALENDAR_WEEK, CALENDAR_MONTH
}
