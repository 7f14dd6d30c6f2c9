package io.brandbridge.alignment.recompute;

/** promise-service does not know the brand (or it is outside the service's reach). */
public class UnknownBrand extends RuntimeException {

    public UnknownBrand(String brandId) {
        super("Brand '" + brandId + "' does not exist", null, false, false);
    }
}
