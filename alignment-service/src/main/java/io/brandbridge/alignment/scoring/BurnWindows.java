package io.brandbridge.alignment.scoring;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The Google SRE workbook's multiwindow burn-rate alerts, scaled from its 30-day table to a period W:
 * fast burn when the burn rate over both the last W/720 and the last W/8640 is at least 14.4, slow burn
 * when over both the last W/120 and the last W/1440 it is at least 6.
 */
public record BurnWindows(Duration fastLong, Duration fastShort, Duration slowLong, Duration slowShort) {

    public static final BigDecimal FAST_THRESHOLD = new BigDecimal("14.4");
    public static final BigDecimal SLOW_THRESHOLD = new BigDecimal("6");

    public static BurnWindows forPeriod(Duration period) {
        return new BurnWindows(period.dividedBy(720), period.dividedBy(8640), period.dividedBy(120), period.dividedBy(1440));
    }
}
