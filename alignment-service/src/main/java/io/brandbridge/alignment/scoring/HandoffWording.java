package io.brandbridge.alignment.scoring;

/**
 * Puts a handoff in words a person can act on, e.g. "customers passed from Help centre to Manila contact centre came back
 * within 7 days 41% of the time, against 12% for journeys settled in one contact". Percentages are whole, halves rounded up.
 */
public final class HandoffWording {

    private HandoffWording() {
    }

    public static String sentence(String fromName, String toName, long count, long followedUp, long oneContactJourneys, long oneContactFollowedUp) {
        String handoff = "customers passed from " + fromName + " to " + toName + " came back within 7 days " + percent(followedUp, count) + " of the time";
        if (oneContactJourneys == 0) {
            return handoff + ", with no journey settled in one contact to compare against";
        }
        return handoff + ", against " + percent(oneContactFollowedUp, oneContactJourneys) + " for journeys settled in one contact";
    }

    private static String percent(long part, long whole) {
        return (whole == 0 ? 0 : HandoffRanking.roundedShare(100, part, whole)) + "%";
    }
}
