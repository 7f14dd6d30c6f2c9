package io.brandbridge.promise.promises;

/** The period a commitment is judged over; calendar windows follow the brand's time zone. */
public enum WindowType {
    ROLLING_DAYS, CALENDAR_WEEK, CALENDAR_MONTH
}
