package io.brandbridge.defaults.resilience;

/** A guarded call failed for good: timed out, refused by an open circuit or a full bulkhead, or kept failing. */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    public DependencyUnavailableException(String dependency, String reason, Throwable cause) {
        super(dependency + " is unavailable: " + reason, cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
