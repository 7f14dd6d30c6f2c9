package io.brandbridge.defaults.outbound;

import io.micronaut.core.annotation.Nullable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a receiver asked to be left alone, from its {@code Retry-After} header: delta-seconds, or an
 * HTTP-date in any of the three forms HTTP allows. A date already past means "now".
 */
public final class RetryAfter {

    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US)
            .withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /** The wait {@code value} asks for as seen from {@code clock}; empty when it is absent or not a valid value. */
    public static Optional<Duration> parse(@Nullable String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.matches("\\d{1,18}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        return date(trimmed, clock).map(date -> {
            Duration wait = Duration.between(clock.instant(), date);
            return wait.isNegative() ? Duration.ZERO : wait;
        });
    }

    private static Optional<Instant> date(String value, Clock clock) {
        for (DateTimeFormatter form : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, rfc850(clock), ASCTIME)) {
            try {
                return Optional.of(ZonedDateTime.parse(value, form).toInstant());
            } catch (DateTimeParseException notThisForm) {
                // Try the next form.
            }
        }
        return Optional.empty();
    }

    /** "Sunday, 06-Nov-94 08:49:37 GMT": a two-digit year more than 50 years ahead means the century before. */
    private static DateTimeFormatter rfc850(Clock clock) {
        LocalDate base = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusYears(49);
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, base)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US)
                .withZone(ZoneOffset.UTC);
    }
}
