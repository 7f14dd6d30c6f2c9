package io.brandbridge.alignment.backfill;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A job's day errors as stored (a JSON list), kept to the first {@value DayError#KEPT}. */
@Singleton
class BackfillErrors {

    private static final Argument<List<DayError>> LIST = Argument.listOf(DayError.class);

    private final JsonMapper json;

    BackfillErrors(JsonMapper json) {
        this.json = json;
    }

    String none() {
        return "[]";
    }

    List<DayError> read(String stored) {
        try {
            return json.readValue(stored, LIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String write(List<DayError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DayError> plus(List<DayError> errors, DayError error) {
        List<DayError> more = new ArrayList<>(errors);
        if (more.size() < DayError.KEPT) {
            String message = error.message().length() > DayError.MESSAGE_LENGTH ? error.message().substring(0, DayError.MESSAGE_LENGTH) : error.message();
            more.add(new DayError(error.day(), message));
        }
        return more;
    }
}
