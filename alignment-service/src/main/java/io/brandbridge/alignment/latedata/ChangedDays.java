package io.brandbridge.alignment.latedata;

import io.brandbridge.alignment.clients.touchpoints.ChangesAnswer;
import io.brandbridge.alignment.clients.touchpoints.ChangesAnswer.ChangedDay;
import io.brandbridge.alignment.clients.touchpoints.ChangesQuery;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpoint;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpointPage;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClient;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Asks touchpoint-service which days of a brand's touchpoints changed since a watermark, in as many calls as its limits need. */
@Singleton
class ChangedDays {

    /** What changed (per day: the span of its changed hours and when they last changed), and where to ask from next time. */
    record Changes(Map<LocalDate, ChangedDay> days, Instant watermark) {
    }

    private static final String TOUCHPOINT_SERVICE = "touchpoint-service";
    private static final int PAGE_SIZE = 200;
    /** touchpoint-service takes at most this many touchpoints in one stats question. */
    private static final int MAX_TOUCHPOINTS_PER_CALL = 500;

    private final TouchpointClient touchpoints;

    ChangedDays(TouchpointClient touchpoints) {
        this.touchpoints = touchpoints;
    }

    /** Empty changes (and no new watermark) when the brand has no touchpoint. */
    Changes since(String brandId, Instant since, Instant occurredFrom, ZoneId zone) {
        List<String> ids = touchpointIds(brandId);
        Map<LocalDate, ChangedDay> days = new TreeMap<>();
        Instant watermark = null;
        for (int from = 0; from < ids.size(); from += MAX_TOUCHPOINTS_PER_CALL) {
            ChangesQuery query = new ChangesQuery(ids.subList(from, Math.min(ids.size(), from + MAX_TOUCHPOINTS_PER_CALL)), since, occurredFrom, zone.getId());
            ChangesAnswer answer = available(touchpoints.changes(query));
            for (ChangedDay day : answer.days()) {
                days.merge(day.day(), day, ChangedDays::union);
            }
            // The earliest watermark of the calls: asking from it again misses nothing any of them would have answered.
            watermark = watermark == null || answer.watermark().isBefore(watermark) ? answer.watermark() : watermark;
        }
        return new Changes(days, watermark);
    }

    private static ChangedDay union(ChangedDay a, ChangedDay b) {
        return new ChangedDay(a.day(), earlier(a.from(), b.from()), a.to().isAfter(b.to()) ? a.to() : b.to(),
                a.changedAt().isAfter(b.changedAt()) ? a.changedAt() : b.changedAt());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private List<String> touchpointIds(String brandId) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < Limits.TOUCHPOINTS / PAGE_SIZE; page++) {
            RemoteTouchpointPage answer = available(touchpoints.touchpoints(brandId, PAGE_SIZE, cursor));
            answer.items().stream().map(RemoteTouchpoint::id).forEach(ids::add);
            cursor = answer.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return ids;
    }

    private static <T> T available(T answer) {
        if (answer == null || TouchpointClientFallback.isPlaceholder(answer)) {
            throw new DependencyUnavailableException(TOUCHPOINT_SERVICE, "late data could not be checked", null);
        }
        return answer;
    }
}
