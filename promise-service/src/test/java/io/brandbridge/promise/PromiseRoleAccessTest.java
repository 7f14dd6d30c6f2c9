package io.brandbridge.promise;

import io.brandbridge.defaults.testing.RoleAccessContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;
import static io.micronaut.http.HttpMethod.DELETE;
import static io.micronaut.http.HttpMethod.GET;
import static io.micronaut.http.HttpMethod.POST;
import static io.micronaut.http.HttpMethod.PUT;

@MicronautTest(transactional = false)
class PromiseRoleAccessTest extends RoleAccessContract {

    @Override
    protected List<Probe> probes() {
        return List.of(
                Probe.of(GET, "/api/v1/brands", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(GET, "/api/v1/brands/brd_missing", MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(POST, "/api/v1/brands", MARKETING),
                Probe.of(PUT, "/api/v1/brands/brd_missing", MARKETING),
                Probe.of(DELETE, "/api/v1/brands/brd_missing", MARKETING),
                Probe.of(GET, "/api/v1/metrics?brandId=brd_missing", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/brands/brd_missing/metrics/queue_len", MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/brands/brd_missing/metrics", MARKETING),
                Probe.of(DELETE, "/api/v1/brands/brd_missing/metrics/queue_len", MARKETING),
                Probe.of(GET, "/api/v1/brands/brd_missing/promises", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/promises/prm_missing", MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/brands/brd_missing/promises", MARKETING),
                Probe.of(PUT, "/api/v1/promises/prm_missing", MARKETING),
                Probe.of(POST, "/api/v1/promises/prm_missing/activate", MARKETING),
                Probe.of(POST, "/api/v1/promises/prm_missing/retire", MARKETING),
                Probe.of(GET, "/api/v1/promises/prm_missing/versions", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/promises/prm_missing/versions/1", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/brands/brd_missing/promises/in-force", MARKETING, OPERATIONS, VIEWER, SERVICE));
    }

    @Override
    protected String serviceCaller() {
        return "alignment-service";
    }
}
