package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.defaults.ids.Ids;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A small call-centre brand seeded into the fakes, with figures easy to check: Leeds answers 36 of 40
 * calls within a minute and resolves 26 of 40 first time (short calls 8 of 20, long calls 18 of 20,
 * a handle-time conflict); Cardiff answers and resolves all 10. All calls are on 30 October 2026.
 */
public final class Scenarios {

    public static final Instant CALLS_DAY = Instant.parse("2026-10-30T10:00:00Z");

    private Scenarios() {
    }

    /** Seeds a new brand and answers its id; its touchpoint and target ids are prefixed with it. */
    public static String callCentreBrand(StubServices stubs) {
        String brandId = Ids.newId("brd");
        stubs.promises.addBrand(brandId, "Europe/London");
        String leeds = brandId + "_leeds";
        String cardiff = brandId + "_cardiff";
        stubs.touchpoints.addTouchpoint(leeds, brandId, "CALL_CENTRE", "Leeds");
        stubs.touchpoints.addTouchpoint(cardiff, brandId, "CALL_CENTRE", "Cardiff");
        stubs.touchpoints.addTarget(brandId + "_aht", leeds, "handle_seconds", "LE", 180, "COST");
        for (int n = 0; n < 20; n++) {
            stubs.touchpoints.interactions.add(call(leeds, CALLS_DAY.plusSeconds(n * 60), 150, 30, n < 8));
            stubs.touchpoints.interactions.add(call(leeds, CALLS_DAY.plusSeconds(3_600 + n * 60), 300, n < 16 ? 30 : 90, n < 18));
        }
        for (int n = 0; n < 10; n++) {
            stubs.touchpoints.interactions.add(call(cardiff, CALLS_DAY.plusSeconds(7_200 + n * 60), 100, 20, true));
        }
        stubs.promises.addPromise(brandId, new RemotePromise(brandId + "_prm_call", brandId, "Answered and sorted", List.of("CALL_CENTRE"), 3, "ACTIVE", 2, List.of(
                new RemoteCommitment("answer", "wait_seconds", "LE", 60.0, 0.9, new RemoteWindow("ROLLING_DAYS", 7), 1.0, 10),
                new RemoteCommitment("fcr", "resolved_first_contact", "EQ", 1.0, 0.8, new RemoteWindow("ROLLING_DAYS", 7), 2.0, 10))));
        stubs.promises.addPromise(brandId, new RemotePromise(brandId + "_prm_chat", brandId, "Chat replies", List.of("CHAT"), 1, "ACTIVE", 1, List.of(
                new RemoteCommitment("reply", "wait_seconds", "LE", 30.0, 0.9, new RemoteWindow("CALENDAR_WEEK", null), 1.0, 30))));
        return brandId;
    }

    private static Interaction call(String touchpoint, Instant at, double handle, double wait, boolean resolved) {
        return new Interaction(touchpoint, at, Map.of("handle_seconds", handle, "wait_seconds", wait, "resolved_first_contact", resolved ? 1.0 : 0.0));
    }
}
