package io.brandbridge.alignment.clients;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.schema.SchemaPatterns;

import java.util.regex.Pattern;

/** The text the other services' contracts allow in the fields this service passes on, so its own answers keep their stated bounds. */
public final class ContractText {

    private static final Pattern KEY = Pattern.compile(Limits.KEY_PATTERN);
    private static final Pattern SINGLE_LINE = Pattern.compile(SchemaPatterns.SINGLE_LINE);

    private ContractText() {
    }

    /** Absent is left to the caller; present must be a metric or commitment key. */
    public static boolean keyOrAbsent(String value) {
        return value == null || KEY.matcher(value).matches();
    }

    /** Absent is left to the caller; present must be one line of at most {@link Limits#NAME_LENGTH} characters. */
    public static boolean nameOrAbsent(String value) {
        return value == null || (value.length() <= Limits.NAME_LENGTH && SINGLE_LINE.matcher(value).matches());
    }
}
