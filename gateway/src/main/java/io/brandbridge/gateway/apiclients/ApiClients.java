package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.brandbridge.gateway.ratelimit.RateLimitConfiguration;
import io.brandbridge.gateway.ratelimit.RateLimiter;
import io.brandbridge.gateway.security.ApiKeyCache;
import io.brandbridge.gateway.security.ApiKeys;
import io.brandbridge.gateway.security.AuthenticatedClient;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Creates, lists and revokes API clients, and finds the client a key belongs to. */
@Singleton
public class ApiClients {

    private final ApiClientRepository repository;
    private final RateLimitConfiguration rateLimits;
    private final RateLimiter rateLimiter;
    private final ApiKeyCache keyCache;
    private final Clock clock;

    public ApiClients(ApiClientRepository repository, RateLimitConfiguration rateLimits, RateLimiter rateLimiter,
                      ApiKeyCache keyCache, Clock clock) {
        this.repository = repository;
        this.rateLimits = rateLimits;
        this.rateLimiter = rateLimiter;
        this.keyCache = keyCache;
        this.clock = clock;
    }

    public CreatedApiClientResponse create(CreateApiClientRequest request) {
        validate(request);
        String key = ApiKeys.generate();
        Set<Role> roles = EnumSet.copyOf(request.roles());
        boolean allBrands = Boolean.TRUE.equals(request.allBrands());
        Set<String> brands = allBrands || request.brands() == null ? Set.of() : new TreeSet<>(request.brands());
        ApiClientEntity entity = new ApiClientEntity(Ids.newId("cli"), request.name().strip(),
                roles.stream().map(Role::name).collect(Collectors.joining(",")), String.join(",", brands), allBrands,
                ApiKeys.hash(key),
                request.rateLimit() == null ? null : request.rateLimit().requestsPerSecond(),
                request.rateLimit() == null ? null : request.rateLimit().burst(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        repository.save(entity);
        return CreatedApiClientResponse.of(toResponse(entity), key);
    }

    public Page<ApiClientResponse> list(int limit, String cursor) {
        String after = cursor == null ? "" : Cursors.decode(cursor);
        return Page.of(repository.findActiveAfter(after, limit + 1), limit, ApiClientEntity::id, this::toResponse);
    }

    public ApiClientResponse get(String id) {
        return repository.findByIdAndRevokedAtIsNull(id).map(this::toResponse)
                .orElseThrow(() -> ProblemException.notFound("API client", id));
    }

    /** Revokes the client; its key is refused from the next request on, because the cached entry goes too. */
    public void revoke(String id) {
        ApiClientEntity entity = repository.findByIdAndRevokedAtIsNull(id)
                .orElseThrow(() -> ProblemException.notFound("API client", id));
        repository.revoke(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        keyCache.evict(entity.keyHash());
        rateLimiter.forget(entity.id());
    }

    /** The active client a key hash belongs to. */
    public Optional<AuthenticatedClient> findByKeyHash(String keyHash) {
        return repository.findByKeyHashAndRevokedAtIsNull(keyHash).map(this::authenticated);
    }

    /** The active client with this id. */
    public Optional<AuthenticatedClient> findActive(String id) {
        return repository.findByIdAndRevokedAtIsNull(id).map(this::authenticated);
    }

    // Services know a client by its id: it is unique and names the client in a scope reference.
    private AuthenticatedClient authenticated(ApiClientEntity e) {
        return new AuthenticatedClient(e.id(), new Caller(e.id(), roles(e), brands(e), e.allBrands()), rateLimit(e));
    }

    private void validate(CreateApiClientRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.roles().contains(Role.SERVICE)) {
            errors.add(new Problem.FieldError("/roles", "SERVICE is reserved for services calling each other"));
        }
        boolean hasBrands = request.brands() != null && !request.brands().isEmpty();
        boolean allBrands = Boolean.TRUE.equals(request.allBrands());
        if (hasBrands && allBrands) {
            errors.add(new Problem.FieldError("/brands", "must be empty when allBrands is true"));
        } else if (!hasBrands && !allBrands) {
            errors.add(new Problem.FieldError("/brands", "must list at least one brand unless allBrands is true"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private ApiClientResponse toResponse(ApiClientEntity e) {
        return new ApiClientResponse(e.id(), e.name(), roles(e).stream().sorted().toList(),
                brands(e).stream().sorted().toList(), e.allBrands(), rateLimit(e), e.createdAt());
    }

    private RateLimit rateLimit(ApiClientEntity e) {
        return e.ratePerSecond() == null || e.rateBurst() == null
                ? rateLimits.defaultLimit()
                : new RateLimit(e.ratePerSecond(), e.rateBurst());
    }

    private static Set<Role> roles(ApiClientEntity e) {
        return Arrays.stream(e.roles().split(",")).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Set<String> brands(ApiClientEntity e) {
        return Arrays.stream(e.brands().split(",")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
