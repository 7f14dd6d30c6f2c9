package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Answer of {@code POST /stats/changes}: each day whose interactions changed, with the hours of it that did ([from, to),
 * whole UTC hours) and the last time they did, and the watermark to ask from next time (every later change is stored at
 * or after it).
 */
@Serdeable
public record ChangesAnswer(@Nullable Instant watermark, @Nullable List<ChangedDay> days) implements CheckedAnswer {

    /** More days than the longest look-back touchpoint-service accepts, with room for days in the future. */
    static final int MAX_DAYS = 1100;

    /** A day whose interactions changed: from its first to its last changed hour, and when they last changed. */
    @Serdeable
    public record ChangedDay(@Nullable LocalDate day, @Nullable Instant from, @Nullable Instant to, @Nullable Instant changedAt) implements CheckedAnswer {
        @Override
        public List<String> defects() {
            return new AnswerCheck().present("day", day).present("from", from).present("to", to).present("changedAt", changedAt)
                    .rule(from == null || to == null || from.isBefore(to), "from is not before to").defects();
        }
    }

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().present("watermark", watermark).present("days", days);
        if (days != null) {
            check.rule(days.size() <= MAX_DAYS, "days has " + days.size() + " entries, more than " + MAX_DAYS).each("days", days);
        }
        return check.defects();
    }
}
