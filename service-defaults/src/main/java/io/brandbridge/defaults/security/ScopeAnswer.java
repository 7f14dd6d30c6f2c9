package io.brandbridge.defaults.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The brands a scope reference stands for, as the gateway answers it. */
@Serdeable
public record ScopeAnswer(@Nullable String reference, @Nullable List<String> brands) {
}
