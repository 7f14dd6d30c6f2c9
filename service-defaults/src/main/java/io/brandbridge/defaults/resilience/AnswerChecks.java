package io.brandbridge.defaults.resilience;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** Refuses a guarded call's answer that has defects, inside the guard, so the breaker and the fallback see a failure. */
final class AnswerChecks {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerChecks.class);
    private static final int MAX_LOGGED = 10;

    private AnswerChecks() {
    }

    static <T> T checked(String dependency, Object method, T answer) {
        Object inner = answer instanceof Optional<?> optional ? optional.orElse(null) : answer;
        if (inner instanceof CheckedAnswer checked) {
            List<String> defects = checked.defects();
            if (!defects.isEmpty()) {
                LOG.warn("{} answered {} with {} defect(s), treated as a failed call: {}", dependency, method, defects.size(),
                        defects.subList(0, Math.min(MAX_LOGGED, defects.size())));
                throw new InvalidAnswerException(dependency, defects);
            }
        }
        return answer;
    }
}
