package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Answer of {@code POST /stats/attainment/batch}: one attainment answer per window, in request order. */
@Serdeable
public record AttainmentBatchAnswer(@Nullable List<AttainmentAnswer> windows) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().present("windows", windows);
        if (windows != null) {
            check.rule(windows.size() <= AttainmentBatchQuery.MAX_WINDOWS,
                    "windows has " + windows.size() + " entries, more than " + AttainmentBatchQuery.MAX_WINDOWS).each("windows", windows);
        }
        return check.defects();
    }
}
