package io.brandbridge.alignment.clients.promises;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The fields of promise-service's Brand this service reads. */
@Serdeable
public record RemoteBrand(String id, @Nullable String name, @Nullable String timeZone) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        return new AnswerCheck().id("id", id).rule(timeZone == null || isZone(timeZone), "timeZone is not a known time zone").defects();
    }

    /** The zone its calendar days are in: UTC when it names none (promise-service's default) or none this runtime knows. */
    public ZoneId zone() {
        return timeZone == null || timeZone.isBlank() || !isZone(timeZone) ? ZoneOffset.UTC : ZoneId.of(timeZone);
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
