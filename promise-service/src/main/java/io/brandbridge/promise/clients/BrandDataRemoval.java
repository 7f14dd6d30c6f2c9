package io.brandbridge.promise.clients;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * Asks another service to remove what it keeps for a brand, and turns its answer into this service's: a 2xx is done,
 * a 409 passes through with the other service's detail (what remains there), anything else, an outage included,
 * answers 503 with Retry-After so the caller retries the whole deletion.
 */
public final class BrandDataRemoval {

    private static final Logger LOG = LoggerFactory.getLogger(BrandDataRemoval.class);

    private BrandDataRemoval() {
    }

    public static void require(String service, String brandId, Supplier<HttpStatus> call) {
        HttpStatus status;
        try {
            status = call.get();
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.CONFLICT) {
                throw ProblemException.conflict(detailOf(e, service, brandId));
            }
            // A refusal other than 409 is a defect of the deployment (trust, roles, an older version), not of the request.
            LOG.warn("{} refused to remove the data of brand {} with {}", service, brandId, e.getStatus().getCode());
            throw new DependencyUnavailableException(service, "refused with " + e.getStatus().getCode(), e);
        }
        if (status.getCode() >= 300) {
            throw new DependencyUnavailableException(service, "no answer", null);
        }
    }

    private static String detailOf(HttpClientResponseException e, String service, String brandId) {
        return e.getResponse().getBody(RemoteProblem.class).map(RemoteProblem::detail).filter(d -> !d.isBlank())
                .orElse("Brand '" + brandId + "' still has data in " + service + "; remove it first");
    }
}
