package io.brandbridge.alignment.clients;

/**
 * Another service answered a question of the recompute with a 4xx: the question was wrong, which is a defect
 * here, not an outage there. The snapshot served is left as it was, and not marked stale.
 */
public class DependencyRefusal extends RuntimeException {

    private final String dependency;
    private final int status;

    public DependencyRefusal(String dependency, int status, Throwable cause) {
        super(dependency + " refused a question of the recompute with " + status, cause);
        this.dependency = dependency;
        this.status = status;
    }

    public String dependency() {
        return dependency;
    }

    public int status() {
        return status;
    }
}
