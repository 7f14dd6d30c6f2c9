package io.brandbridge.touchpoint.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The journey definitions computed the slow, obvious way over a final set of interactions, to check the platform against. */
final class BruteJourneys {

    static final Duration WEEK = Duration.ofDays(7);

    record Row(String touchpointId, String externalId, Instant at, String journeyId, String customer) {
        String id() {
            return touchpointId + "/" + externalId;
        }
    }

    static final Comparator<Row> ORDER = Comparator.comparing(Row::at).thenComparing(Row::touchpointId).thenComparing(Row::externalId);

    private BruteJourneys() {
    }

    static boolean followedUp(Row r, List<Row> all) {
        return all.stream().anyMatch(s -> s != r && r.customer() != null && r.customer().equals(s.customer())
                && s.at().isAfter(r.at()) && !s.at().isAfter(r.at().plus(WEEK)));
    }

    static List<List<Row>> journeys(List<Row> all, Duration window) {
        List<List<Row>> journeys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> customers = new HashSet<>();
        for (Row r : all) {
            if (r.journeyId() != null) {
                ids.add(r.journeyId());
            } else if (r.customer() != null) {
                customers.add(r.customer());
            }
        }
        for (String id : ids) {
            journeys.add(all.stream().filter(r -> id.equals(r.journeyId())).sorted(ORDER).toList());
        }
        for (String customer : customers) {
            List<Row> rows = all.stream().filter(r -> r.journeyId() == null && customer.equals(r.customer())).sorted(ORDER).toList();
            List<Row> current = new ArrayList<>();
            for (Row r : rows) {
                if (!current.isEmpty() && Duration.between(current.getLast().at(), r.at()).compareTo(window) > 0) {
                    journeys.add(current);
                    current = new ArrayList<>();
                }
                current.add(r);
            }
            journeys.add(current);
        }
        return journeys;
    }

    /** Interaction ("touchpointId/externalId") to derived metric key to value. */
    static Map<String, Map<String, Double>> derived(List<Row> all, Duration window) {
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (Row r : all) {
            if (r.customer() != null) {
                out.computeIfAbsent(r.id(), k -> new TreeMap<>()).put("repeat_contact_7d", followedUp(r, all) ? 1.0 : 0.0);
            }
        }
        for (List<Row> j : journeys(all, window)) {
            Set<String> touchpoints = new HashSet<>();
            int handoffs = 0;
            for (int i = 0; i < j.size(); i++) {
                touchpoints.add(j.get(i).touchpointId());
                boolean handoff = i + 1 < j.size() && !j.get(i + 1).touchpointId().equals(j.get(i).touchpointId());
                handoffs += handoff ? 1 : 0;
                out.computeIfAbsent(j.get(i).id(), k -> new TreeMap<>()).put("handed_off", handoff ? 1.0 : 0.0);
            }
            Map<String, Double> first = out.get(j.getFirst().id());
            first.put("journey_contacts", (double) j.size());
            first.put("journey_handoffs", (double) handoffs);
            first.put("journey_touchpoints", (double) touchpoints.size());
            first.put("journey_hours", Duration.between(j.getFirst().at(), j.getLast().at()).toNanos() / 3_600_000_000_000.0);
        }
        return out;
    }

    /** The handoff matrix answer for {@code listed} touchpoints and [from, to), as the endpoint's JSON would read. */
    static Map<String, Object> matrix(List<Row> all, Duration window, List<String> listed, Instant from, Instant to) {
        long journeys = 0;
        long oneContact = 0;
        long oneContactFollowed = 0;
        Map<String, List<Long>> gaps = new TreeMap<>();
        Map<String, Long> followed = new TreeMap<>();
        for (List<Row> j : journeys(all, window)) {
            Row first = j.getFirst();
            if (listed.contains(first.touchpointId()) && !first.at().isBefore(from) && first.at().isBefore(to)) {
                journeys++;
                if (j.size() == 1) {
                    oneContact++;
                    oneContactFollowed += followedUp(first, all) ? 1 : 0;
                }
            }
            for (int i = 0; i + 1 < j.size(); i++) {
                Row a = j.get(i);
                Row b = j.get(i + 1);
                if (!a.touchpointId().equals(b.touchpointId()) && listed.contains(a.touchpointId()) && listed.contains(b.touchpointId())
                        && !a.at().isBefore(from) && a.at().isBefore(to)) {
                    String pair = a.touchpointId() + " " + b.touchpointId();
                    gaps.computeIfAbsent(pair, k -> new ArrayList<>()).add(Duration.between(a.at(), b.at()).toMinutes());
                    followed.merge(pair, followedUp(b, all) ? 1L : 0L, Long::sum);
                }
            }
        }
        List<Map<String, Object>> handoffs = new ArrayList<>();
        for (Map.Entry<String, List<Long>> pair : gaps.entrySet()) {
            List<Long> g = new ArrayList<>(pair.getValue());
            g.sort(null);
            int n = g.size();
            double median = n % 2 == 1 ? g.get(n / 2) : (g.get(n / 2 - 1) + g.get(n / 2)) / 2.0;
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("fromTouchpointId", pair.getKey().split(" ")[0]);
            h.put("toTouchpointId", pair.getKey().split(" ")[1]);
            h.put("count", n);
            h.put("followedUp", followed.get(pair.getKey()).intValue());
            h.put("medianGapMinutes", median);
            handoffs.add(h);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("journeys", (int) journeys);
        answer.put("oneContactJourneys", (int) oneContact);
        answer.put("oneContactFollowedUp", (int) oneContactFollowed);
        answer.put("handoffs", handoffs);
        return answer;
    }
}
