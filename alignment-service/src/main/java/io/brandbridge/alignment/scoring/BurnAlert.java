package io.brandbridge.alignment.scoring;

/** The multiwindow burn-rate alert of a kept commitment: its error budget is being spent fast, slowly, or not alarmingly. */
public enum BurnAlert {
    NONE, SLOW, FAST
}
