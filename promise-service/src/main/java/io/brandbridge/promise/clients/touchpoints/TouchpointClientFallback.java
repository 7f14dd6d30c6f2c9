package io.brandbridge.promise.clients.touchpoints;

import io.micronaut.http.HttpStatus;
import io.micronaut.retry.annotation.Fallback;

/**
 * What touchpoint-service "answers" when it cannot be reached: 503, which a real answer never is (a real 503 fails the
 * call and ends here). A 4xx answer is no outage: it passes through (service-defaults' RefusalInterceptor).
 */
@Fallback
public class TouchpointClientFallback implements TouchpointOperations {

    @Override
    public HttpStatus deleteBrandData(String brandId) {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
