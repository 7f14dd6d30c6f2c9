package io.brandbridge.touchpoint.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written fast path accepts and reads exactly what the JDK's ISO offset parser does. */
class TimestampsTest {

    private static Instant jdk(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void agreesWithTheJdkOnTrickyTexts() {
        List<String> texts = List.of("2026-11-01T09:30:00Z", "2026-11-01T09:30:00.1Z", "2026-11-01T09:30:00.123456789Z",
                "2026-11-01T09:30:00.1234567891Z", "2026-11-01T09:30:00.Z", "2026-11-01T09:30Z", "2026-11-01T09:30:00+02:00",
                "2026-11-01T09:30:00-05:30", "2026-11-01T09:30:00+18:00", "2026-11-01T09:30:00+19:00", "2026-11-01T09:30:00+02",
                "2026-11-01T09:30:00+0200", "2026-11-01T09:30:00+02:00:30", "2026-11-01T09:30:00z", "2026-11-01 09:30:00Z",
                "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-31T00:00:00Z", "2026-11-01T24:00:00Z",
                "2026-11-01T23:59:60Z", "2026-11-01T09:30:00", "+2026-11-01T09:30:00Z", "02026-11-01T09:30:00Z", "2026-1-01T09:30:00Z",
                "2026-11-01T09:30:0aZ", "2026-11-01T09:30:00.12a4Z", "", "yesterday", "2026-11-01T09:30:00ZZ", "2026-11-01T09:30:00+02:00[Europe/Paris]");
        for (String text : texts) {
            assertEquals(jdk(text), Timestamps.parse(text), text);
        }
    }

    @Test
    void agreesWithTheJdkOnRandomInstantsAndOffsets() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 8_000_000_000L), random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            int offsetMinutes = (random.nextInt(37) - 18) * 60 + (random.nextBoolean() ? 0 : 30);
            String text = OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.ofTotalSeconds(Math.max(-64800, Math.min(64800, offsetMinutes * 60)))).toString();
            assertEquals(instant, Timestamps.parse(text), text);
            assertEquals(jdk(text), Timestamps.parse(text), text);
        }
    }
}
