package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.clients.promises.InForcePromises;
import io.brandbridge.alignment.clients.promises.PromiseOperations;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.promises.RemoteBrandPage;
import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** promise-service in memory: brands and the promise versions in force, with every call recorded. */
public class FakePromiseService implements PromiseOperations {

    public final Map<String, RemoteBrand> brands = new ConcurrentHashMap<>();
    public final Map<String, List<RemotePromise>> promises = new ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, List<Effective>> versions = new ConcurrentHashMap<>();

    /** A promise version in force over [from, to); {@code to} null while it is the current one. */
    private record Effective(RemotePromise promise, Instant from, Instant to) {
        boolean inForceAt(Instant at) {
            return !at.isBefore(from) && (to == null || at.isBefore(to));
        }
    }

    /** Adds a promise version in force over [from, to) only, as promise-service's in-force?at= answers it. */
    public void addVersion(String brandId, RemotePromise promise, Instant from, Instant to) {
        versions.computeIfAbsent(brandId, k -> new CopyOnWriteArrayList<>()).add(new Effective(promise, from, to));
    }

    public void addBrand(String id, String timeZone) {
        brands.put(id, new RemoteBrand(id, "Brand " + id, timeZone));
        promises.putIfAbsent(id, new CopyOnWriteArrayList<>());
    }

    public void addPromise(String brandId, RemotePromise promise) {
        promises.computeIfAbsent(brandId, k -> new CopyOnWriteArrayList<>()).add(promise);
    }

    public static RemotePromise promise(String id, String title, int priority, List<String> types, RemoteCommitment... commitments) {
        return new RemotePromise(id, null, title, types, priority, "ACTIVE", 1, List.of(commitments));
    }

    public static RemoteCommitment commitment(String key, String metric, String op, double threshold, double objective, int days,
                                              double weight, int minSample) {
        return new RemoteCommitment(key, metric, op, threshold, objective, new RemoteWindow("ROLLING_DAYS", days), weight, minSample);
    }

    @Override
    public RemoteBrandPage brands(int limit, String cursor) {
        calls.add("brands");
        List<RemoteBrand> all = new ArrayList<>(brands.values());
        all.sort(Comparator.comparing(RemoteBrand::id));
        int offset = cursor == null ? 0 : Integer.parseInt(cursor);
        int end = Math.min(all.size(), offset + limit);
        return new RemoteBrandPage(all.subList(offset, end), end < all.size() ? String.valueOf(end) : null);
    }

    @Override
    public Optional<RemoteBrand> brand(String brandId) {
        calls.add("brand " + brandId);
        return Optional.ofNullable(brands.get(brandId));
    }

    @Override
    public Optional<InForcePromises> inForce(String brandId, Instant at) {
        calls.add("in-force " + brandId);
        if (!brands.containsKey(brandId)) {
            return Optional.empty();
        }
        List<RemotePromise> inForce = new ArrayList<>(promises.getOrDefault(brandId, List.of()));
        versions.getOrDefault(brandId, List.of()).stream().filter(v -> v.inForceAt(at)).map(Effective::promise).forEach(inForce::add);
        return Optional.of(new InForcePromises(brandId, at, inForce));
    }
}
