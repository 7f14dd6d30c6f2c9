package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.audit.AuditAction;
import io.brandbridge.gateway.audit.AuditActor;
import io.brandbridge.gateway.audit.AuditLog;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.brandbridge.gateway.ratelimit.RateLimitConfiguration;
import io.brandbridge.gateway.ratelimit.RateLimiter;
import io.brandbridge.gateway.security.ApiKeyCache;
import io.brandbridge.gateway.security.ApiKeyStore;
import io.brandbridge.gateway.security.ApiKeys;
import io.brandbridge.gateway.security.AuthenticatedClient;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

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

/**
 * Creates, lists, changes and revokes API clients, each change with its audit event, and finds the
 * client a key belongs to.
 */
@Singleton
public class ApiClients implements ApiKeyStore {

    private final ApiClientRepository repository;
    private final RateLimitConfiguration rateLimits;
    private final RateLimiter rateLimiter;
    private final ApiKeyCache keyCache;
    private final AuditLog audit;
    private final Clock clock;

    public ApiClients(ApiClientRepository repository, RateLimitConfiguration rateLimits, RateLimiter rateLimiter,
                      ApiKeyCache keyCache, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.rateLimits = rateLimits;
        this.rateLimiter = rateLimiter;
        this.keyCache = keyCache;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiClientResponse create(CreateApiClientRequest request, AuditActor actor) {
        validate(request.roles(), request.brands(), request.allBrands());
        String key = ApiKeys.generate();
        Access access = Access.of(request.roles(), request.brands(), request.allBrands());
        ApiClientEntity entity = new ApiClientEntity(Ids.newId("cli"), request.name().strip(),
                access.storedRoles(), access.storedBrands(), access.allBrands(),
                ApiKeys.hash(key),
                request.rateLimit() == null ? null : request.rateLimit().requestsPerSecond(),
                request.rateLimit() == null ? null : request.rateLimit().burst(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), null,
                request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS));
        repository.save(entity);
        audit.record(actor, AuditAction.CLIENT_CREATED, entity.id(), entity.name(), access.describe());
        return CreatedApiClientResponse.of(toResponse(entity), key);
    }

    /** Replaces the client's roles and brand scope; its key carries the new ones from the next request on. */
    @Transactional
    public ApiClientResponse changeAccess(String id, ChangeAccessRequest request, AuditActor actor) {
        validate(request.roles(), request.brands(), request.allBrands());
        ApiClientEntity entity = repository.findByIdAndRevokedAtIsNull(id)
                .orElseThrow(() -> ProblemException.notFound("API client", id));
        Access before = Access.of(entity);
        Access after = Access.of(request.roles(), request.brands(), request.allBrands());
        repository.changeAccess(id, after.storedRoles(), after.storedBrands(), after.allBrands());
        keyCache.evict(entity.keyHash());
        audit.record(actor, AuditAction.CLIENT_ACCESS_CHANGED, entity.id(), entity.name(), before.describeChangeTo(after));
        return repository.findByIdAndRevokedAtIsNull(id).map(this::toResponse)
                .orElseThrow(() -> ProblemException.notFound("API client", id));
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
    @Transactional
    public void revoke(String id, AuditActor actor) {
        ApiClientEntity entity = repository.findByIdAndRevokedAtIsNull(id)
                .orElseThrow(() -> ProblemException.notFound("API client", id));
        repository.revoke(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        keyCache.evict(entity.keyHash());
        rateLimiter.forget(entity.id());
        audit.record(actor, AuditAction.CLIENT_REVOKED, entity.id(), entity.name(), null);
    }

    @Override
    public Optional<AuthenticatedClient> findByKeyHash(String keyHash) {
        return repository.findByKeyHashAndRevokedAtIsNull(keyHash).map(this::authenticated);
    }

    /** The active client with this id. */
    public Optional<AuthenticatedClient> findActive(String id) {
        return repository.findByIdAndRevokedAtIsNull(id).map(this::authenticated);
    }

    // Services know a client by its id: it is unique and names the client in a scope reference.
    private AuthenticatedClient authenticated(ApiClientEntity e) {
        return new AuthenticatedClient(e.id(), e.name(), new Caller(e.id(), roles(e), brands(e), e.allBrands()), rateLimit(e), e.expiresAt());
    }

    private static void validate(List<Role> roles, List<String> brands, Boolean allBrandsFlag) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (roles.contains(Role.SERVICE)) {
            errors.add(new Problem.FieldError("/roles", "SERVICE is reserved for services calling each other"));
        }
        boolean hasBrands = brands != null && !brands.isEmpty();
        boolean allBrands = Boolean.TRUE.equals(allBrandsFlag);
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
                brands(e).stream().sorted().toList(), e.allBrands(), rateLimit(e), e.createdAt(), e.expiresAt());
    }

    private RateLimit rateLimit(ApiClientEntity e) {
        return e.ratePerSecond() == null || e.rateBurst() == null
                ? rateLimits.defaultLimit()
                : new RateLimit(e.ratePerSecond(), e.rateBurst());
    }

    private static Set<Role> roles(ApiClientEntity e) {
        return Access.of(e).roles();
    }

    private static Set<String> brands(ApiClientEntity e) {
        return Access.of(e).brands();
    }
}
