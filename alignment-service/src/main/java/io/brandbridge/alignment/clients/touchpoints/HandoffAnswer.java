package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Answer of {@code POST /stats/handoffs}: journeys whose first contact is in the range, those of one contact and those whose
 * one contact was followed up, and per (from, to) touchpoint pair the handoffs, how many of them were followed up and the
 * median gap. Counts are boxed so that a missing one is a defect, not 0.
 */
@Serdeable
public record HandoffAnswer(@Nullable Long journeys, @Nullable Long oneContactJourneys, @Nullable Long oneContactFollowedUp,
                            @Nullable List<Pair> handoffs) implements CheckedAnswer {

    public HandoffAnswer {
        handoffs = handoffs == null ? null : List.copyOf(handoffs);
    }

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().count("journeys", journeys).count("oneContactJourneys", oneContactJourneys)
                .count("oneContactFollowedUp", oneContactFollowedUp)
                .notMore("oneContactJourneys", oneContactJourneys, "journeys", journeys)
                .notMore("oneContactFollowedUp", oneContactFollowedUp, "oneContactJourneys", oneContactJourneys)
                .present("handoffs", handoffs);
        if (handoffs != null) {
            check.each("handoffs", handoffs);
            check.rule(handoffs.stream().filter(h -> h != null).map(h -> h.fromTouchpointId() + " " + h.toTouchpointId()).distinct().count()
                    == handoffs.stream().filter(h -> h != null).count(), "handoffs lists a pair of touchpoints more than once");
        }
        return check.defects();
    }

    /** The handoffs from one touchpoint to another. */
    @Serdeable
    public record Pair(String fromTouchpointId, String toTouchpointId, @Nullable Long count, @Nullable Long followedUp,
                       @Nullable Double medianGapMinutes) implements CheckedAnswer {
        @Override
        public List<String> defects() {
            return new AnswerCheck().id("fromTouchpointId", fromTouchpointId).id("toTouchpointId", toTouchpointId)
                    .rule(fromTouchpointId == null || !fromTouchpointId.equals(toTouchpointId), "a handoff is between two different touchpoints")
                    .count("count", count).count("followedUp", followedUp).notMore("followedUp", followedUp, "count", count)
                    .finite("medianGapMinutes", medianGapMinutes)
                    .rule(medianGapMinutes == null || medianGapMinutes >= 0, "medianGapMinutes is negative").defects();
        }
    }
}
