package io.brandbridge.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * About 90 days of realistic interactions for the demo brand, deterministic for a seed and an end
 * instant: a daily rhythm with weekend dips, one bad week at the outsourced call centre, a handle-time
 * target there that rushes calls (rushed calls are resolved first time less often), and a help
 * centre whose satisfaction slipped in the last few hours.
 */
public final class DemoDataset {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    public static final String LEEDS = "leeds";
    public static final String MANILA = "manila";
    public static final String DELIVERY = "delivery";
    public static final String HELP = "help";

    // Relative weight of each local hour of the day (08:00 to 20:59), peaks mid-morning and mid-afternoon.
    private static final double[] OPENING_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 10, 9, 7, 7, 9, 10, 8, 6, 4, 3, 2, 0, 0, 0};
    // The help centre never closes: quiet nights, busy evenings.
    private static final double[] ROUND_THE_CLOCK = {3, 2, 2, 2, 2, 3, 4, 6, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 10, 11, 11, 9, 7, 5};

    private final Instant end;
    private final int days;
    private final Random random;
    private final LocalDate badWeekStart;

    public DemoDataset(Instant end, int days, long seed) {
        this.end = end.truncatedTo(ChronoUnit.SECONDS);
        this.days = days;
        this.random = new Random(seed);
        this.badWeekStart = end.atZone(ZONE).toLocalDate().minusDays(21);
    }

    /** Daily volume on a weekday per touchpoint; weekends run at 45%. */
    static Map<String, Integer> weekdayVolume() {
        Map<String, Integer> volume = new LinkedHashMap<>();
        volume.put(LEEDS, 220);
        volume.put(MANILA, 300);
        volume.put(DELIVERY, 200);
        volume.put(HELP, 800);
        return volume;
    }

    public List<Interaction> generate() {
        List<Interaction> all = new ArrayList<>();
        LocalDate last = end.atZone(ZONE).toLocalDate();
        for (LocalDate day = last.minusDays(days - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (Map.Entry<String, Integer> touchpoint : weekdayVolume().entrySet()) {
                int count = (int) Math.round(touchpoint.getValue() * (weekend ? 0.45 : 1.0) * (0.9 + 0.2 * random.nextDouble()));
                for (int i = 0; i < count; i++) {
                    Instant at = randomInstantOn(day, touchpoint.getKey().equals(HELP) ? ROUND_THE_CLOCK : OPENING_HOURS);
                    if (at.isAfter(end)) {
                        continue;
                    }
                    String externalId = touchpoint.getKey() + "-" + day + "-" + i;
                    all.add(new Interaction(touchpoint.getKey(), externalId, at, metricsFor(touchpoint.getKey(), day, at), attributesFor(touchpoint.getKey())));
                }
            }
        }
        return new DemoJourneys(random.nextLong()).link(all);
    }

    private Instant randomInstantOn(LocalDate day, double[] hourly) {
        double pick = random.nextDouble() * java.util.Arrays.stream(hourly).sum();
        int hour = 0;
        while (pick > hourly[hour]) {
            pick -= hourly[hour];
            hour++;
        }
        ZonedDateTime start = day.atTime(hour, 0).atZone(ZONE);
        return start.plusSeconds(random.nextInt(3600)).toInstant();
    }

    private Map<String, Number> metricsFor(String touchpoint, LocalDate day, Instant at) {
        return switch (touchpoint) {
            case LEEDS -> call(28, 240, 0.80, 0.80, false);
            case MANILA -> call(inBadWeek(day) ? 150 : 45, 0, 0, 0.65, true);
            case DELIVERY -> delivery();
            default -> selfService(Duration.between(at, end).toMinutes() < 6 * 60);
        };
    }

    private boolean inBadWeek(LocalDate day) {
        return !day.isBefore(badWeekStart) && day.isBefore(badWeekStart.plusDays(7));
    }

    /**
     * A call: exponential queue wait; long waits are abandoned more often. At the outsourced centre
     * about half of the calls are rushed to meet the 180 s handle-time target, and rushed calls are
     * resolved first time 58% of the time against 83% for the rest.
     */
    private Map<String, Number> call(double meanWait, double meanHandle, double resolvedRate, double satisfiedRate, boolean rushedByTarget) {
        Map<String, Number> m = new LinkedHashMap<>();
        int wait = (int) Math.round(-meanWait * Math.log(1 - random.nextDouble()));
        boolean abandoned = random.nextDouble() < (wait > 120 ? 0.25 : 0.02);
        m.put("wait_seconds", wait);
        m.put("answered", abandoned ? 0 : 1);
        if (abandoned) {
            return m;
        }
        int handle;
        boolean resolved;
        if (rushedByTarget) {
            boolean rushed = random.nextDouble() < 0.55;
            handle = rushed ? 90 + random.nextInt(90) : 181 + random.nextInt(360);
            resolved = random.nextDouble() < (rushed ? 0.58 : 0.83);
        } else {
            handle = (int) Math.round(meanHandle * Math.exp(0.4 * random.nextGaussian()) * 0.92);
            resolved = random.nextDouble() < resolvedRate;
        }
        m.put("handle_seconds", handle);
        m.put("resolved_first_contact", resolved ? 1 : 0);
        m.put("transfers", resolved ? 0 : random.nextInt(3));
        m.put("repeat_contact_7d", resolved ? (random.nextDouble() < 0.05 ? 1 : 0) : (random.nextDouble() < 0.6 ? 1 : 0));
        if (random.nextDouble() < 0.35) {
            boolean satisfied = random.nextDouble() < (resolved ? satisfiedRate + 0.1 : satisfiedRate - 0.25);
            m.put("csat", satisfied ? 4 + random.nextInt(2) : 1 + random.nextInt(3));
        }
        return m;
    }

    private Map<String, Number> delivery() {
        Map<String, Number> m = new LinkedHashMap<>();
        boolean nextDay = random.nextDouble() < 0.94;
        m.put("delivery_hours", nextDay ? 8 + random.nextInt(16) : 25 + random.nextInt(48));
        m.put("damaged", random.nextDouble() < 0.01 ? 1 : 0);
        return m;
    }

    /** Self-service: satisfaction at 3 or more for 97.5% of visits, but a faulty release hit the last six hours. */
    private Map<String, Number> selfService(boolean afterFaultyRelease) {
        Map<String, Number> m = new LinkedHashMap<>();
        boolean happy = random.nextDouble() < (afterFaultyRelease ? 0.45 : 0.975);
        m.put("csat", happy ? 3 + random.nextInt(3) : 1 + random.nextInt(2));
        m.put("effort", random.nextDouble() < 0.88 ? 1 + random.nextInt(4) : 5 + random.nextInt(3));
        m.put("resolved_first_contact", random.nextDouble() < 0.7 ? 1 : 0);
        return m;
    }

    private Map<String, String> attributesFor(String touchpoint) {
        return switch (touchpoint) {
            case LEEDS, MANILA -> Map.of("queue", random.nextDouble() < 0.6 ? "billing" : "technical");
            case DELIVERY -> Map.of("carrier", "SwiftParcel");
            default -> Map.of("article", "kb-" + (100 + random.nextInt(40)));
        };
    }
}
