package io.brandbridge.bench.alignment;

import java.util.Map;

/**
 * The real promise-service and touchpoint-service a benchmark seeds its brand through: on fresh schemas, or with
 * {@code --reuse brandId,promiseSchema,touchpointSchema} on the schemas an earlier {@code --seed-only true} run kept.
 */
record Dependencies(ServiceProcess promises, ServiceProcess touchpoints, String reusedBrand) implements AutoCloseable {

    static Dependencies start(String secret, Options options) throws Exception {
        String[] reuse = options.text("reuse", "").isEmpty() ? null : options.text("reuse", "").split(",");
        if (reuse != null && reuse.length != 3) {
            throw new IllegalArgumentException("--reuse takes brandId,promiseSchema,touchpointSchema, got " + options.text("reuse", ""));
        }
        String heap = options.text("heap", "1g");
        ServiceProcess promises = ServiceProcess.start("promise-service", secret, Map.of(), heap, reuse == null ? null : reuse[1]);
        try {
            ServiceProcess touchpoints = ServiceProcess.start("touchpoint-service", secret, Map.of(), heap, reuse == null ? null : reuse[2]);
            return new Dependencies(promises, touchpoints, reuse == null ? null : reuse[0]);
        } catch (Exception | Error e) {
            promises.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try (promises) {
            touchpoints.close();
        }
    }
}
