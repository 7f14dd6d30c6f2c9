package io.brandbridge.promise.promises;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.brands.BrandAccess;
import io.brandbridge.promise.paging.CreatedCursor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads promises in the caller's scope and assembles versions with their commitments and touchpoint types.
 * Each read is one transaction, so a version and its children come from the same snapshot.
 */
@Singleton
@Transactional(readOnly = true)
class PromiseReader {

    private final PromiseRepository promises;
    private final PromiseVersionRepository versions;
    private final CommitmentRepository commitments;
    private final PromiseTouchpointTypeRepository touchpointTypes;
    private final BrandAccess brands;

    PromiseReader(PromiseRepository promises, PromiseVersionRepository versions, CommitmentRepository commitments,
                  PromiseTouchpointTypeRepository touchpointTypes, BrandAccess brands) {
        this.promises = promises;
        this.versions = versions;
        this.commitments = commitments;
        this.touchpointTypes = touchpointTypes;
        this.brands = brands;
    }

    PromiseView current(Caller caller, String promiseId) {
        PromiseVersion version = versions.findCurrent(promiseId)
                .filter(v -> caller.mayAccessBrand(v.brandId()))
                .orElseThrow(() -> ProblemException.notFound("Promise", promiseId));
        return assemble(List.of(version)).getFirst();
    }

    Promise require(Caller caller, String promiseId) {
        return promises.findById(promiseId)
                .filter(p -> caller.mayAccessBrand(p.brandId()))
                .orElseThrow(() -> ProblemException.notFound("Promise", promiseId));
    }

    PromiseView version(Caller caller, String promiseId, int number) {
        require(caller, promiseId);
        PromiseVersion version = versions.findByPromiseIdAndVersion(promiseId, number)
                .orElseThrow(() -> ProblemException.notFound("Version " + number + " of promise", promiseId));
        return assemble(List.of(version)).getFirst();
    }

    Page<PromiseView> versions(Caller caller, String promiseId, int limit, @Nullable String cursor) {
        require(caller, promiseId);
        int after = cursor == null ? 0 : versionCursor(cursor);
        List<PromiseVersion> rows = versions.pageOfPromise(promiseId, after, limit + 1);
        Page<PromiseVersion> page = Page.of(rows, limit, v -> String.valueOf(v.version()), v -> v);
        return new Page<>(assemble(page.items()), page.nextCursor());
    }

    Page<PromiseView> list(Caller caller, String brandId, @Nullable PromiseStatus status, @Nullable TouchpointType type,
                           int limit, @Nullable String cursor) {
        brands.require(caller, brandId);
        CreatedCursor after = CreatedCursor.decode(cursor);
        List<String> statuses = status == null
                ? Arrays.stream(PromiseStatus.values()).map(Enum::name).toList()
                : List.of(status.name());
        List<Promise> rows = promises.pageOfBrand(brandId, statuses, type == null, type == null ? "" : type.name(),
                after.createdAt(), after.id(), limit + 1);
        Page<Promise> page = Page.of(rows, limit, p -> CreatedCursor.sortKey(p.createdAt(), p.id()), p -> p);
        if (page.items().isEmpty()) {
            return new Page<>(List.of(), page.nextCursor());
        }
        Map<String, PromiseView> byId = assemble(versions.findCurrentOf(page.items().stream().map(Promise::id).toList()))
                .stream().collect(Collectors.toMap(v -> v.version().promiseId(), Function.identity()));
        return new Page<>(page.items().stream().map(p -> byId.get(p.id())).toList(), page.nextCursor());
    }

    List<PromiseView> inForce(Caller caller, String brandId, Instant at) {
        brands.require(caller, brandId);
        return assemble(versions.inForce(brandId, at));
    }

    /** Loads the children of all given versions in two queries and keeps the versions' order. */
    List<PromiseView> assemble(List<PromiseVersion> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(PromiseVersion::id).toList();
        Map<String, List<TouchpointType>> types = touchpointTypes.findByVersionIdIn(ids).stream()
                .sorted(Comparator.comparingInt(PromiseTouchpointType::position))
                .collect(Collectors.groupingBy(PromiseTouchpointType::versionId,
                        Collectors.mapping(PromiseTouchpointType::touchpointType, Collectors.toList())));
        Map<String, List<PromiseContent.Spec>> specs = commitments.findByVersionIdIn(ids).stream()
                .sorted(Comparator.comparingInt(Commitment::position))
                .collect(Collectors.groupingBy(Commitment::versionId,
                        Collectors.mapping(PromiseReader::spec, Collectors.toList())));
        return rows.stream().map(v -> new PromiseView(v, new PromiseContent(v.title(), v.statement(),
                types.getOrDefault(v.id(), List.of()), v.priority(), specs.getOrDefault(v.id(), List.of())))).toList();
    }

    private static PromiseContent.Spec spec(Commitment c) {
        return new PromiseContent.Spec(c.commitmentKey(), c.metric(), c.op(), c.threshold(), c.objective(), c.windowType(),
                c.windowDays(), c.weight(), c.minSample());
    }

    private static int versionCursor(String cursor) {
        try {
            return Integer.parseInt(Cursors.decode(cursor));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }
}
