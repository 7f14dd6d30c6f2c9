package io.brandbridge.defaults.security;

import io.micronaut.retry.annotation.Fallback;

import java.util.Optional;

/** What the gateway "answers" when it cannot be reached: a placeholder no real answer is, so the caller can say 503. */
@Fallback
public class ScopeClientFallback implements ScopeOperations {

    private static final ScopeAnswer UNAVAILABLE = new ScopeAnswer(null, null);

    @Override
    public Optional<ScopeAnswer> scope(String reference) {
        return Optional.of(UNAVAILABLE);
    }

    public static boolean isPlaceholder(ScopeAnswer answer) {
        return answer == UNAVAILABLE;
    }
}
