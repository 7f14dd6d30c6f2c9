package io.brandbridge.alignment.backfill;

import io.brandbridge.defaults.problem.Problem.FieldError;
import io.brandbridge.defaults.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Which day ranges a backfill accepts: finished days only (today is the schedule's), at most a leap year of them. */
final class BackfillRules {

    static final int MAX_DAYS = 366;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private BackfillRules() {
    }

    /** Answers the number of days, or throws a 422 naming each field that is wrong. */
    static int check(BackfillRequest request, LocalDate today, String zone) {
        List<FieldError> errors = new ArrayList<>();
        if (request.from().isBefore(EARLIEST)) {
            errors.add(new FieldError("/from", "must be " + EARLIEST + " or later"));
        }
        if (!request.to().isBefore(today)) {
            errors.add(new FieldError("/to", "must be before today (" + today + " in " + zone + "); today is scored by the schedule"));
        }
        if (request.from().isAfter(request.to())) {
            errors.add(new FieldError("/from", "must not be after to"));
        }
        long days = ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
        if (days > MAX_DAYS) {
            errors.add(new FieldError("/from", "must be at most " + MAX_DAYS + " days before to, both included (asked for " + days + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return (int) days;
    }
}
