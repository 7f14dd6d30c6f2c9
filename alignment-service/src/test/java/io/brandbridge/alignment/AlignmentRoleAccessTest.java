package io.brandbridge.alignment;

import io.brandbridge.defaults.testing.RoleAccessContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.VIEWER;
import static io.micronaut.http.HttpMethod.GET;
import static io.micronaut.http.HttpMethod.POST;
import static io.micronaut.http.HttpMethod.PUT;
import static io.micronaut.http.HttpMethod.DELETE;

@MicronautTest(transactional = false)
class AlignmentRoleAccessTest extends RoleAccessContract {

    @Override
    protected List<Probe> probes() {
        String brand = "/api/v1/alignment/brands/brd_missing";
        return List.of(
                Probe.of(GET, brand, MARKETING, OPERATIONS, VIEWER, PARTNER),
                Probe.of(GET, brand + "/promises/prm_missing", MARKETING, OPERATIONS, VIEWER, PARTNER),
                Probe.of(GET, brand + "/gaps", MARKETING, OPERATIONS, VIEWER, PARTNER),
                Probe.of(GET, brand + "/conflicts", MARKETING, OPERATIONS, VIEWER, PARTNER),
                Probe.of(GET, brand + "/history", MARKETING, OPERATIONS, VIEWER, PARTNER),
                // A future asOf is refused before any work, so allowed roles get a quick 400.
                Probe.of(POST, brand + "/recompute?asOf=2999-01-01T00:00:00Z", MARKETING, OPERATIONS),
                Probe.of(POST, brand + "/webhooks", MARKETING, OPERATIONS, PARTNER),
                Probe.of(GET, brand + "/webhooks", MARKETING, OPERATIONS, PARTNER),
                Probe.of(GET, brand + "/webhooks/whk_missing", MARKETING, OPERATIONS, PARTNER),
                Probe.of(PUT, brand + "/webhooks/whk_missing", MARKETING, OPERATIONS, PARTNER),
                Probe.of(DELETE, brand + "/webhooks/whk_missing", MARKETING, OPERATIONS, PARTNER),
                Probe.of(POST, brand + "/webhooks/whk_missing/rotate-secret", MARKETING, OPERATIONS, PARTNER),
                Probe.of(POST, brand + "/webhooks/whk_missing/test", MARKETING, OPERATIONS, PARTNER),
                Probe.of(GET, brand + "/webhooks/whk_missing/deliveries", MARKETING, OPERATIONS, PARTNER),
                Probe.of(POST, brand + "/webhooks/whk_missing/deliveries/dlv_missing/redeliver", MARKETING, OPERATIONS, PARTNER));
    }

    @Override
    protected String serviceCaller() {
        return null;
    }
}
