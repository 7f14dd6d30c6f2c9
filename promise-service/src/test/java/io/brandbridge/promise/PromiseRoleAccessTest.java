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
                Probe.of(GET, "/api/v1/brands/" + Api.UNKNOWN_BRAND, MARKETING, OPERATIONS, VIEWER, SERVICE),
                Probe.of(POST, "/api/v1/brands", MARKETING),
                Probe.of(PUT, "/api/v1/brands/" + Api.UNKNOWN_BRAND, MARKETING),
                Probe.of(DELETE, "/api/v1/brands/" + Api.UNKNOWN_BRAND, MARKETING),
                Probe.of(GET, "/api/v1/metrics?brandId=" + Api.UNKNOWN_BRAND, MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/metrics/queue_len", MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/metrics", MARKETING),
                Probe.of(DELETE, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/metrics/queue_len", MARKETING),
                Probe.of(GET, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/promises/" + Api.UNKNOWN_PROMISE, MARKETING, OPERATIONS, VIEWER),
                Probe.of(POST, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises", MARKETING),
                Probe.of(PUT, "/api/v1/promises/" + Api.UNKNOWN_PROMISE, MARKETING),
                Probe.of(POST, "/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/activate", MARKETING),
                Probe.of(POST, "/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/retire", MARKETING),
                Probe.of(GET, "/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/versions", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/versions/1", MARKETING, OPERATIONS, VIEWER),
                Probe.of(GET, "/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises/in-force", MARKETING, OPERATIONS, VIEWER, SERVICE));
    }

    @Override
    protected String serviceCaller() {
        return "alignment-service";
    }
}
