package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Answer of {@code POST /stats/predicates}: each predicate registered, with the backfill progress of each touchpoint. */
@Serdeable
public record RegisteredPredicates(@Nullable List<Predicate> predicates) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().present("predicates", predicates);
        return predicates == null ? check.defects() : check.each("predicates", predicates).defects();
    }

    /** One standing predicate; only its id, kind and progress are read (the conditions are what was sent). */
    @Serdeable
    public record Predicate(String id, @Nullable String kind, @Nullable List<Progress> touchpoints) implements CheckedAnswer {

        public Predicate {
            touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        }

        @Override
        public List<String> defects() {
            return new AnswerCheck().id("id", id).oneOf("kind", kind, List.of("ATTAINMENT", "PAIR")).each("touchpoints", touchpoints).defects();
        }
    }

    /** A touchpoint's counters of the predicate: BACKFILLING from the raw rows until READY. */
    @Serdeable
    public record Progress(String touchpointId, @Nullable String state, @Nullable Long rowsDone, @Nullable Long rowsTotal) implements CheckedAnswer {

        public static final String READY = "READY";

        @Override
        public List<String> defects() {
            return new AnswerCheck().id("touchpointId", touchpointId).oneOf("state", state, List.of("BACKFILLING", READY))
                    .count("rowsDone", rowsDone).count("rowsTotal", rowsTotal).defects();
        }
    }
}
