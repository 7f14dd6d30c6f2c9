package io.brandbridge.promise.promises;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.problem.Problem.FieldError;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.brands.BrandAccess;
import io.brandbridge.promise.data.Timestamps;
import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.promise.metrics.CatalogueMetric;
import io.brandbridge.promise.metrics.MetricCatalogue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The promise lifecycle. Every change to an existing promise is an UPDATE conditional on the revision the
 * request read, so of two concurrent writers based on the same state exactly one succeeds.
 */
@Singleton
class PromiseService {

    /** Bounds the in-force list, which is not paginated: at most one version of each promise is in force. */
    static final int PROMISES_PER_BRAND_MAX = 1000;

    private final PromiseRepository promises;
    private final PromiseVersionRepository versions;
    private final CommitmentRepository commitments;
    private final PromiseTouchpointTypeRepository touchpointTypes;
    private final PromiseReader reader;
    private final BrandAccess brands;
    private final MetricCatalogue catalogue;
    private final Clock clock;

    PromiseService(PromiseRepository promises, PromiseVersionRepository versions, CommitmentRepository commitments,
                   PromiseTouchpointTypeRepository touchpointTypes, PromiseReader reader, BrandAccess brands,
                   MetricCatalogue catalogue, Clock clock) {
        this.promises = promises;
        this.versions = versions;
        this.commitments = commitments;
        this.touchpointTypes = touchpointTypes;
        this.reader = reader;
        this.brands = brands;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    PromiseView create(Caller caller, String brandId, PromiseRequest request) {
        brands.require(caller, brandId);
        PromiseContent content = validated(brandId, request, false);
        // Locked after the metrics, in the order brand deletion takes them, so concurrent creates count each other.
        brands.requireLocked(caller, brandId);
        if (promises.countByBrandId(brandId) >= PROMISES_PER_BRAND_MAX) {
            throw ProblemException.conflict("Brand '" + brandId + "' already holds " + PROMISES_PER_BRAND_MAX
                    + " promises, the most a brand may hold");
        }
        Instant now = now();
        Promise promise = promises.save(new Promise(Ids.newId("prm"), brandId, 1, now));
        PromiseVersion version = new PromiseVersion(Ids.newId("prv"), promise.id(), brandId, 1, content.title(),
                content.statement(), content.priority(), PromiseStatus.DRAFT, null, null, 0, now);
        return store(version, content);
    }

    /**
     * A draft is edited in place. An active promise whose newest version is in force gets version n+1 from
     * {@code effectiveFrom} (default now) and version n is closed then; a newest version that has not taken effect
     * yet is edited in place, since nobody has been promised it.
     */
    @Transactional
    PromiseView update(Caller caller, String promiseId, @Nullable String ifMatch, PromiseRequest request,
                       @Nullable Instant effectiveFrom) {
        PromiseView current = reader.current(caller, promiseId);
        ETags.require(ifMatch, current.etag());
        PromiseVersion version = current.version();
        if (version.status() == PromiseStatus.RETIRED) {
            throw ProblemException.conflict("Promise '" + promiseId + "' is retired and read-only");
        }
        Instant now = now();
        if (effectiveFrom != null) {
            requireNone(version.status() == PromiseStatus.DRAFT ? Optional.of(EffectiveFromRules.onDraft())
                    : EffectiveFromRules.outOfBounds(effectiveFrom, now));
        }
        PromiseContent content = validated(version.brandId(), request, version.status() == PromiseStatus.ACTIVE);
        if (version.status() == PromiseStatus.DRAFT) {
            if (content.equals(current.content())) {
                return current;
            }
            requireChanged(versions.updateDraftIfRevision(version.id(), version.revision(), content.title(),
                    content.statement(), content.priority()), true);
            replaceChildren(version.id(), content);
            return new PromiseView(versions.findById(version.id()).orElseThrow(), content);
        }
        if (version.effectiveFrom().isAfter(now)) {
            return editScheduled(current, content, effectiveFrom == null ? version.effectiveFrom() : effectiveFrom);
        }
        if (content.equals(current.content())) {
            return current;
        }
        // Without a chosen start the edit takes effect now, even in the second version n did (n keeps an empty period).
        Instant from = effectiveFrom == null ? now : effectiveFrom;
        if (effectiveFrom != null) {
            requireNone(EffectiveFromRules.notAfter(from, version));
        }
        requireChanged(versions.updateLifecycleIfRevision(version.id(), version.revision(), PromiseStatus.ACTIVE.name(),
                version.effectiveFrom(), from), true);
        PromiseVersion next = new PromiseVersion(Ids.newId("prv"), promiseId, version.brandId(), version.version() + 1,
                content.title(), content.statement(), content.priority(), PromiseStatus.ACTIVE, from, null, 0, now);
        PromiseView stored = store(next, content);
        promises.updateCurrentVersion(promiseId, next.version());
        return stored;
    }

    /** A scheduled version takes the new content and start; the version before it stays in force until then. */
    private PromiseView editScheduled(PromiseView current, PromiseContent content, Instant from) {
        PromiseVersion version = current.version();
        if (content.equals(current.content()) && from.equals(version.effectiveFrom())) {
            return current;
        }
        Optional<PromiseVersion> previous = previousOf(version);
        if (previous.isPresent()) {
            requireNone(EffectiveFromRules.notAfter(from, previous.get()));
        }
        requireChanged(versions.updateScheduledIfRevision(version.id(), version.revision(), content.title(),
                content.statement(), content.priority(), from), true);
        if (!content.equals(current.content())) {
            replaceChildren(version.id(), content);
        }
        if (previous.isPresent() && !from.equals(version.effectiveFrom())) {
            PromiseVersion p = previous.get();
            requireChanged(versions.updateLifecycleIfRevision(p.id(), p.revision(), p.status().name(), p.effectiveFrom(), from), true);
        }
        return new PromiseView(versions.findById(version.id()).orElseThrow(), content);
    }

    /** Activates a draft from {@code effectiveFrom} (default now): in the past it was in force since then, in the future it is scheduled. */
    @Transactional
    PromiseView activate(Caller caller, String promiseId, @Nullable String ifMatch, @Nullable Instant effectiveFrom) {
        PromiseView current = reader.current(caller, promiseId);
        ETags.checkIfPresent(ifMatch, current.etag());
        PromiseVersion version = current.version();
        if (version.status() != PromiseStatus.DRAFT) {
            throw ProblemException.conflict("Promise '" + promiseId + "' is " + version.status() + "; only a draft can be activated");
        }
        Instant now = now();
        List<FieldError> errors = new ArrayList<>(PromiseRules.activationGaps(current.content()));
        if (effectiveFrom != null) {
            EffectiveFromRules.outOfBounds(effectiveFrom, now).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireChanged(versions.updateLifecycleIfRevision(version.id(), version.revision(), PromiseStatus.ACTIVE.name(),
                effectiveFrom == null ? now : effectiveFrom, null), ifMatch != null);
        return new PromiseView(versions.findById(version.id()).orElseThrow(), current.content());
    }

    /**
     * Retiring closes the version in force at now. A version that never took effect (a draft, a scheduled first
     * activation or a scheduled edit) is retired with no effective period; a scheduled edit's predecessor is the
     * one closed.
     */
    @Transactional
    PromiseView retire(Caller caller, String promiseId, @Nullable String ifMatch) {
        PromiseView current = reader.current(caller, promiseId);
        ETags.checkIfPresent(ifMatch, current.etag());
        PromiseVersion version = current.version();
        if (version.status() == PromiseStatus.RETIRED) {
            throw ProblemException.conflict("Promise '" + promiseId + "' is already retired");
        }
        Instant now = now();
        boolean tookEffect = version.status() == PromiseStatus.ACTIVE && !version.effectiveFrom().isAfter(now);
        requireChanged(versions.updateLifecycleIfRevision(version.id(), version.revision(), PromiseStatus.RETIRED.name(),
                tookEffect ? version.effectiveFrom() : null, tookEffect ? now : null), ifMatch != null);
        if (version.status() == PromiseStatus.ACTIVE && !tookEffect) {
            Optional<PromiseVersion> previous = previousOf(version);
            if (previous.isPresent()) {
                PromiseVersion p = previous.get();
                requireChanged(versions.updateLifecycleIfRevision(p.id(), p.revision(), p.status().name(), p.effectiveFrom(), now),
                        ifMatch != null);
            }
        }
        return new PromiseView(versions.findById(version.id()).orElseThrow(), current.content());
    }

    private Optional<PromiseVersion> previousOf(PromiseVersion version) {
        return version.version() == 1 ? Optional.empty()
                : versions.findByPromiseIdAndVersion(version.promiseId(), version.version() - 1);
    }

    private static void requireNone(Optional<FieldError> error) {
        if (error.isPresent()) {
            throw ProblemException.invalid(List.of(error.get()));
        }
    }

    /** Checks the cross-field and catalogue rules, locking the custom metrics used until the transaction ends. */
    private PromiseContent validated(String brandId, PromiseRequest request, boolean mustBeActivatable) {
        List<String> metricKeys = request.commitmentsOrEmpty().stream().map(CommitmentRequest::metric).toList();
        Map<String, CatalogueMetric> metrics = catalogue.resolveForWrite(brandId, metricKeys);
        List<FieldError> errors = new ArrayList<>(PromiseRules.check(request, metrics));
        PromiseContent content = PromiseContent.from(request);
        if (mustBeActivatable) {
            errors.addAll(PromiseRules.activationGaps(content));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return content;
    }

    private PromiseView store(PromiseVersion version, PromiseContent content) {
        PromiseVersion stored = versions.save(version);
        storeChildren(stored.id(), content);
        return new PromiseView(stored, content);
    }

    private void replaceChildren(String versionId, PromiseContent content) {
        commitments.deleteByVersionId(versionId);
        touchpointTypes.deleteByVersionId(versionId);
        storeChildren(versionId, content);
    }

    private void storeChildren(String versionId, PromiseContent content) {
        List<TouchpointType> types = content.touchpointTypes();
        touchpointTypes.saveAll(IntStream.range(0, types.size())
                .mapToObj(i -> new PromiseTouchpointType(null, versionId, i, types.get(i))).toList());
        List<PromiseContent.Spec> specs = content.commitments();
        commitments.saveAll(IntStream.range(0, specs.size()).mapToObj(i -> {
            PromiseContent.Spec s = specs.get(i);
            return new Commitment(null, versionId, i, s.key(), s.metric(), s.op(), s.threshold(), s.objective(),
                    s.windowType(), s.windowDays(), s.weight(), s.minSample());
        }).toList());
    }

    /**
     * A conditional update that changed nothing lost a race: with If-Match the client's state is stale (412);
     * without one there was no precondition to fail, so it is a conflict to retry (409).
     */
    private static void requireChanged(long rows, boolean conditional) {
        if (rows == 0) {
            throw conditional ? ETags.stale()
                    : ProblemException.conflict("The promise changed while this request ran; read it again and retry");
        }
    }

    private Instant now() {
        return Timestamps.now(clock);
    }
}
