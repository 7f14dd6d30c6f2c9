package io.brandbridge.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Links the demo's help-centre visits and calls into customers' cases: each case is a journey (its case id is the
 * journeyId). A third of the help-centre visits that did not sort the problem are passed to a call centre within the
 * hour. Customers passed to the outsourced Manila centre come back within a week 45% of the time, against 15% when
 * passed to Leeds and 12% after a case settled in one contact: the one clearly poor handoff. The platform derives
 * {@code repeat_contact_7d} from the customer references, so the generated value is dropped from linked rows.
 */
final class DemoJourneys {

    static final double ESCALATED = 0.35;
    static final double TO_MANILA = 0.6;
    static final Map<String, Double> COME_BACK = Map.of(DemoDataset.MANILA, 0.45, DemoDataset.LEEDS, 0.15);
    static final double COME_BACK_AFTER_ONE_CONTACT = 0.12;

    private final Random random;

    DemoJourneys(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    List<Interaction> link(List<Interaction> interactions) {
        List<Interaction> linkable = new ArrayList<>(interactions.stream().filter(DemoJourneys::linkable).toList());
        linkable.sort(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::externalId));
        Map<String, Case> caseOf = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < linkable.size(); i++) {
            Interaction contact = linkable.get(i);
            if (taken.contains(contact.externalId())) {
                continue;
            }
            taken.add(contact.externalId());
            Case opened = new Case("case-" + (cases.size() + 1), "cust-" + (cases.size() + 1), contact);
            cases.add(opened);
            caseOf.put(contact.externalId(), opened);
            if (contact.touchpoint().equals(DemoDataset.HELP) && unresolved(contact) && random.nextDouble() < ESCALATED) {
                String to = random.nextDouble() < TO_MANILA ? DemoDataset.MANILA : DemoDataset.LEEDS;
                Interaction call = nextFree(linkable, i, contact.occurredAt().plus(Duration.ofMinutes(5)), Duration.ofHours(2), to, taken);
                if (call != null) {
                    taken.add(call.externalId());
                    opened.passedTo = call;
                    caseOf.put(call.externalId(), opened);
                }
            }
        }
        // Coming back: the customer's next call a few days later, a case of its own. Cases are visited in time order, so
        // a case's customer is final by the time its own come-back is drawn.
        Set<String> reused = new HashSet<>();
        for (Case c : cases) {
            Interaction last = c.passedTo == null ? c.first : c.passedTo;
            double chance = c.passedTo == null ? COME_BACK_AFTER_ONE_CONTACT : COME_BACK.get(c.passedTo.touchpoint());
            if (random.nextDouble() >= chance) {
                continue;
            }
            Instant from = last.occurredAt().plus(Duration.ofHours(20 + random.nextInt(100)));
            Case later = laterFreshCase(cases, from, reused);
            if (later != null) {
                reused.add(later.first.externalId());
                later.customer = c.customer;
            }
        }
        List<Interaction> out = new ArrayList<>(interactions.size());
        for (Interaction row : interactions) {
            Case c = caseOf.get(row.externalId());
            out.add(c == null ? row : linked(row, c.id, c.customer));
        }
        return out;
    }

    private static boolean linkable(Interaction row) {
        return !row.touchpoint().equals(DemoDataset.DELIVERY);
    }

    private static boolean unresolved(Interaction row) {
        Number resolved = row.metrics().get("resolved_first_contact");
        return resolved != null && resolved.intValue() == 0;
    }

    /** The first call at {@code touchpoint} from {@code from} within {@code within} that no case holds yet. */
    private static Interaction nextFree(List<Interaction> sorted, int index, Instant from, Duration within, String touchpoint, Set<String> taken) {
        Instant until = from.plus(within);
        for (int j = index + 1; j < sorted.size() && !sorted.get(j).occurredAt().isAfter(until); j++) {
            Interaction candidate = sorted.get(j);
            if (candidate.touchpoint().equals(touchpoint) && !candidate.occurredAt().isBefore(from) && !taken.contains(candidate.externalId())) {
                return candidate;
            }
        }
        return null;
    }

    /** A one-contact call case opened at or after {@code from}, still with a customer of its own. */
    private static Case laterFreshCase(List<Case> cases, Instant from, Set<String> reused) {
        int low = 0;
        int high = cases.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cases.get(mid).first.occurredAt().isBefore(from)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int j = low; j < cases.size() && j < low + 500; j++) {
            Case c = cases.get(j);
            boolean call = !c.first.touchpoint().equals(DemoDataset.HELP);
            if (call && c.passedTo == null && !reused.contains(c.first.externalId())) {
                return c;
            }
        }
        return null;
    }

    private static Interaction linked(Interaction row, String journeyId, String customerRef) {
        Map<String, Number> metrics = new LinkedHashMap<>(row.metrics());
        metrics.remove("repeat_contact_7d");
        return new Interaction(row.touchpoint(), row.externalId(), row.occurredAt(), journeyId, customerRef, metrics, row.attributes());
    }

    private static final class Case {
        final String id;
        final Interaction first;
        String customer;
        Interaction passedTo;

        Case(String id, String customer, Interaction first) {
            this.id = id;
            this.customer = customer;
            this.first = first;
        }
    }
}
