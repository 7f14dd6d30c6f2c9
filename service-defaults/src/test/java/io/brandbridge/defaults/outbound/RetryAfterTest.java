package io.brandbridge.defaults.outbound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryAfterTest {

    /** Sunday 1 March 2026, noon UTC. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.ofHours(2));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "120                              | PT2M",
            "0                                | PT0S",
            "'  30 '                          | PT30S",
            "Sun, 01 Mar 2026 12:01:30 GMT    | PT1M30S",
            "Sun, 01 Mar 2026 14:01:30 +0200  | PT1M30S",
            "Sun, 01 Mar 2026 11:00:00 GMT    | PT0S",
            "Sunday, 01-Mar-26 12:00:10 GMT   | PT10S",
            "Sun Mar  1 12:00:20 2026         | PT20S",
            "Mon, 01 Mar 2026 12:01:30 GMT    | none",
            "01 Mar 2026 12:01:30             | none",
            "-5                               | none",
            "1.5                              | none",
            "30s                              | none",
            "soon                             | none",
            "99999999999999999999             | none",
            "''                               | none",
            "null                             | none",
    })
    void readsDeltaSecondsAndEveryHttpDateForm(String header, String expected) {
        Optional<Duration> wait = RetryAfter.parse(header, NOON);
        assertEquals(expected.equals("none") ? Optional.empty() : Optional.of(Duration.parse(expected)), wait);
    }
}
