package io.brandbridge.alignment.clients;

/** A service the recompute needs could not be reached (its client's fallback answered instead). */
public class DependencyOutage extends RuntimeException {

    private final String dependency;

    public DependencyOutage(String dependency, Throwable cause) {
        super(dependency + " is unavailable", cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
