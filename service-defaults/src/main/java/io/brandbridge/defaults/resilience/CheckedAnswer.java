package io.brandbridge.defaults.resilience;

import java.util.List;

/**
 * An answer from another service that can say what makes it unusable (OWASP API10). A {@link Resilient}
 * call whose answer has defects fails like an unreachable dependency, so nothing downstream computes with it.
 */
public interface CheckedAnswer {

    /** Each broken rule in plain words, e.g. "good (7) is more than valid (5)"; empty when the answer can be used. */
    List<String> defects();
}
