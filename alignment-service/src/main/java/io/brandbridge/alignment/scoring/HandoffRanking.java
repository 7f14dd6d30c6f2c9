package io.brandbridge.alignment.scoring;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks a brand's handoffs by the customers they let down: {@code repeatRate = followedUp / count},
 * {@code oneContactRepeatRate = oneContactFollowedUp / oneContactJourneys} (0 when there are none), and
 * {@code customersLetDown = max(0, followedUp − round(count × oneContactRepeatRate))}; most customers let down first, then the
 * higher repeatRate, then the touchpoint ids. Every comparison and rounding is exact on the counts.
 */
public final class HandoffRanking {

    /** customersLetDown descending, repeatRate descending, then from and to touchpoint id. */
    public static final Comparator<Handoff> ORDER = Comparator.comparingLong(Handoff::customersLetDown).reversed()
            .thenComparing((a, b) -> compareRates(b.followedUp(), b.count(), a.followedUp(), a.count()))
            .thenComparing(Handoff::fromTouchpointId)
            .thenComparing(Handoff::toTouchpointId);

    private HandoffRanking() {
    }

    /** The matrix over [from, to); a touchpoint without a name is named by its id, and a pair without handoffs is left out. */
    public static HandoffMatrix rank(Instant from, Instant to, HandoffCounts counts, Map<String, String> names) {
        List<Handoff> handoffs = new ArrayList<>();
        for (HandoffCounts.Pair pair : counts.pairs()) {
            if (pair.count() == 0) {
                continue;
            }
            String fromName = names.getOrDefault(pair.fromTouchpointId(), pair.fromTouchpointId());
            String toName = names.getOrDefault(pair.toTouchpointId(), pair.toTouchpointId());
            handoffs.add(new Handoff(pair.fromTouchpointId(), fromName, pair.toTouchpointId(), toName, pair.count(), pair.followedUp(),
                    rate(pair.followedUp(), pair.count()), pair.medianGapMinutes(),
                    customersLetDown(pair.count(), pair.followedUp(), counts.oneContactJourneys(), counts.oneContactFollowedUp()),
                    HandoffWording.sentence(fromName, toName, pair.count(), pair.followedUp(), counts.oneContactJourneys(), counts.oneContactFollowedUp())));
        }
        handoffs.sort(ORDER);
        return new HandoffMatrix(from, to, counts.journeys(), counts.oneContactJourneys(), counts.oneContactFollowedUp(),
                rate(counts.oneContactFollowedUp(), counts.oneContactJourneys()), handoffs);
    }

    /** {@code max(0, followedUp − round(count × oneContactFollowedUp / oneContactJourneys))}, rounding halves up. */
    public static long customersLetDown(long count, long followedUp, long oneContactJourneys, long oneContactFollowedUp) {
        long explained = oneContactJourneys == 0 ? 0 : roundedShare(count, oneContactFollowedUp, oneContactJourneys);
        return Math.max(0, followedUp - explained);
    }

    /** part / whole, 0 when whole is 0. */
    public static double rate(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** round(count × part / whole) with halves up, exact for any counts: floor((2·count·part + whole) / (2·whole)). */
    static long roundedShare(long count, long part, long whole) {
        BigInteger twice = BigInteger.valueOf(count).multiply(BigInteger.valueOf(part)).shiftLeft(1);
        BigInteger denominator = BigInteger.valueOf(whole).shiftLeft(1);
        return twice.add(BigInteger.valueOf(whole)).divide(denominator).longValueExact();
    }

    /** Compares a / b with c / d (b and d positive) without rounding. */
    private static int compareRates(long a, long b, long c, long d) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(d)).compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(b)));
    }
}
