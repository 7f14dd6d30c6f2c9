package io.brandbridge.alignment.clients.promises;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A commitment window: {@code {"type":"ROLLING_DAYS","days":28}}, {@code {"type":"CALENDAR_WEEK"}} or {@code {"type":"CALENDAR_MONTH"}}. */
@Serdeable
public record RemoteWindow(@Nullable String type, @Nullable Integer days) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        return new AnswerCheck().oneOf("type", type, ContractNames.WINDOW_TYPES)
                .rule(!"ROLLING_DAYS".equals(type) || (days != null && days >= 1 && days <= 366), "days (" + days + ") is not 1..366 for ROLLING_DAYS")
                .defects();
    }
}
