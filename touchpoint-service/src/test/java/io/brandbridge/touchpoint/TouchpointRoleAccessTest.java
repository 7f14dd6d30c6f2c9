package io.brandbridge.touchpoint;

import io.brandbridge.defaults.testing.RoleAccessContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PRIVACY;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;
import static io.micronaut.http.HttpMethod.DELETE;
import static io.micronaut.http.HttpMethod.GET;
import static io.micronaut.http.HttpMethod.POST;
import static io.micronaut.http.HttpMethod.PUT;

@MicronautTest(transactional = false)
class TouchpointRoleAccessTest extends RoleAccessContract {

    @Override
    protected List<Probe> probes() {
        return List.of(
                Probe.of(GET, "/api/v1/touchpoints?brandId=brd_missing", MARKETING, OPERATIONS, VIEWER, INTEGRATOR, SERVICE),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing", MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
                Probe.of(POST, "/api/v1/touchpoints", OPERATIONS),
                Probe.of(PUT, "/api/v1/touchpoints/tp_missing", OPERATIONS),
                Probe.of(DELETE, "/api/v1/touchpoints/tp_missing", OPERATIONS),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/targets", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/targets/tg_missing", MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/touchpoints/tp_missing/targets", OPERATIONS),
                Probe.of(PUT, "/api/v1/touchpoints/tp_missing/targets/tg_missing", OPERATIONS),
                Probe.of(DELETE, "/api/v1/touchpoints/tp_missing/targets/tg_missing", OPERATIONS),
                Probe.of(POST, "/api/v1/touchpoints/tp_missing/interactions", INTEGRATOR),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/ingest-health", MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/mappings", MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/mappings/acd", MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
                Probe.of(POST, "/api/v1/touchpoints/tp_missing/mappings", OPERATIONS, INTEGRATOR),
                Probe.of(PUT, "/api/v1/touchpoints/tp_missing/mappings/acd", OPERATIONS, INTEGRATOR),
                Probe.of(DELETE, "/api/v1/touchpoints/tp_missing/mappings/acd", OPERATIONS, INTEGRATOR),
                Probe.of(POST, "/api/v1/touchpoints/tp_missing/mappings/acd/preview", OPERATIONS, INTEGRATOR),
                Probe.of(GET, "/api/v1/touchpoints/tp_missing/interactions?from=2026-01-01T00:00:00Z", MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/stats/attainment", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(POST, "/api/v1/stats/contingency", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(POST, "/api/v1/stats/changes", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(POST, "/api/v1/brands/brd_missing/erasure", PRIVACY),
                Probe.of(GET, "/api/v1/brands/brd_missing/erasures", PRIVACY),
                Probe.of(DELETE, "/api/v1/brands/brd_missing/data", SERVICE));
    }

    @Override
    protected String serviceCaller() {
        return "alignment-service";
    }
}
