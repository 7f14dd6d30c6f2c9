package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.clients.touchpoints.StatsCondition;
import io.brandbridge.alignment.clients.touchpoints.TouchpointReads;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each brand's recomputes registered with touchpoint-service as standing predicates, remembered for a while so a
 * 5-minute schedule registers once in that while; registering again refreshes the predicates' last use there.
 */
public final class StandingPredicates {

    /** One predicate at one touchpoint: an attainment condition (pairedWith null), or a target's condition paired with a commitment's. */
    public record Standing(String touchpointId, StatsCondition condition, @Nullable StatsCondition pairedWith) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StandingPredicates.class);

    private final Duration memory;
    private final Clock clock;
    private final Map<String, Map<Standing, Instant>> registered = new ConcurrentHashMap<>();

    public StandingPredicates(Duration memory, Clock clock) {
        this.memory = memory;
        this.clock = clock;
    }

    /** Nothing is remembered: every recompute registers what it uses. */
    public static StandingPredicates forgetful() {
        return new StandingPredicates(Duration.ZERO, Clock.systemUTC());
    }

    /** Those of {@code needed} not registered for the brand within the memory, in order. */
    List<Standing> missing(String brandId, List<Standing> needed) {
        Instant now = clock.instant();
        Map<Standing, Instant> known = registered.computeIfAbsent(brandId, k -> new ConcurrentHashMap<>());
        // What is no longer fresh is dropped, so a brand's memory holds only what it used lately.
        known.values().removeIf(at -> !at.plus(memory).isAfter(now));
        return needed.stream().filter(s -> !known.containsKey(s)).toList();
    }

    /** Drops what was remembered of the brand. */
    void forget(String brandId) {
        registered.remove(brandId);
    }

    void remember(String brandId, List<Standing> done) {
        Instant now = clock.instant();
        Map<Standing, Instant> known = registered.computeIfAbsent(brandId, k -> new ConcurrentHashMap<>());
        done.forEach(s -> known.put(s, now));
    }

    /**
     * The registration of the standing predicates not registered lately, as tasks: one per set of touchpoints sharing
     * predicates. Registering only makes stats faster (they are exact either way), so a failure is logged and the recompute
     * goes on; what failed is registered by a later recompute.
     */
    List<Callable<Runnable>> registration(String brandId, List<Standing> needed, TouchpointReads touchpoints) {
        List<Standing> missing = missing(brandId, needed.stream().distinct().toList());
        Map<Standing, Set<String>> touchpointsOf = new LinkedHashMap<>();
        for (Standing s : missing) {
            touchpointsOf.computeIfAbsent(new Standing("", s.condition(), s.pairedWith()), k -> new TreeSet<>()).add(s.touchpointId());
        }
        Map<List<String>, List<Standing>> byTouchpoints = new LinkedHashMap<>();
        touchpointsOf.forEach((content, ids) -> byTouchpoints.computeIfAbsent(List.copyOf(ids), k -> new ArrayList<>()).add(content));
        List<Callable<Runnable>> tasks = new ArrayList<>();
        byTouchpoints.forEach((ids, contents) -> tasks.add(() -> {
            List<StatsCondition> attainment = contents.stream().filter(s -> s.pairedWith() == null).map(Standing::condition).toList();
            List<PredicateRegistration.Pair> pairs = contents.stream().filter(s -> s.pairedWith() != null)
                    .map(s -> new PredicateRegistration.Pair(s.condition(), s.pairedWith())).toList();
            try {
                touchpoints.register(new PredicateRegistration(ids, attainment, pairs));
                remember(brandId, contents.stream().flatMap(s -> ids.stream().map(t -> new Standing(t, s.condition(), s.pairedWith()))).toList());
            } catch (RuntimeException e) {
                LOG.warn("Registering {} standing predicate(s) of brand {} at {} touchpoint(s) failed; stats are answered from raw rows until a later "
                        + "recompute registers them: {}", contents.size(), brandId, ids.size(), e.getMessage());
            }
            return () -> { };
        }));
        return tasks;
    }
}
